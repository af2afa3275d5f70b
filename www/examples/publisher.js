// The Valley Ledger's own page script: counts clicks on links in the story and
// on the subscribe button. claimlens must leave these working.
document.addEventListener('DOMContentLoaded', () => {
  const counts = { links: 0, subscribe: 0 };
  document.querySelector('article.story').addEventListener('click', (event) => {
    const link = event.target.closest('a');
    if (!link) return;
    event.preventDefault();
    counts.links += 1;
    document.body.dataset.linkClicks = String(counts.links);
  });
  document.querySelector('.subscribe').addEventListener('click', () => {
    counts.subscribe += 1;
    document.body.dataset.subscribeClicks = String(counts.subscribe);
  });
});
