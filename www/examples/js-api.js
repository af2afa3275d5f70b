// The Gazette's integration through the JS API: a button annotates the story
// on demand and clears it again; the page shows what claimlens reported.
import { annotate, analyze } from '../embed/claimlens.js';

const story = document.getElementById('story');
const button = document.getElementById('toggle');
const status = document.getElementById('status');
let handle = null;

button.addEventListener('click', async () => {
  if (handle) {
    handle.clear();
    handle = null;
    button.textContent = 'Show claims';
    status.textContent = 'Not annotated.';
    return;
  }
  handle = await annotate(story, {
    panel: 'right',
    theme: 'dark',
    kinds: ['content', 'source', 'evidence'],
    strings: { title: 'Claims (Gazette)', claims: '{n} attributed claims' },
  });
  handle.on('select', (detail) => { status.textContent = `Selected ${detail.claimId}.`; });
  button.textContent = 'Hide claims';
  status.textContent = `${handle.analysis.summary.claims} claims found.`;
});

// analyze() reads text without touching the page.
analyze('“It passed,” the clerk said.').then((analysis) => {
  document.body.dataset.clerkClaims = String(analysis.claims.length);
  button.disabled = false;
});
