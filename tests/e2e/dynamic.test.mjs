// Dynamic DOM: the page inserts, removes and replaces text inside an annotated
// article. The embed's watcher re-annotates; afterwards there must be no
// exception, no orphaned wrapper (every <cl-mark> inside the article, holding
// text, naming a claim of the current analysis), the article's text must be the
// page's text, and the re-annotation must equal a fresh annotation of the same
// markup. Finally clear() leaves no wrapper behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import { openPage } from './pages/hostile/serve-pages.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The mutations a live page makes, each run in the page. */
const MUTATIONS = [
  ['insert a paragraph with a quote', () => {
    const p = document.createElement('p');
    p.textContent = '“The boats are ready,” said harbour pilot Tomas Wrenn.';
    document.getElementById('p2').after(p);
  }],
  ['remove a highlighted paragraph', () => document.getElementById('p1').remove()],
  ['replace the text inside a highlight', () => {
    const mark = document.querySelector('#story cl-mark[data-cl-kind="content"]');
    let node = mark;
    while (node.firstChild) node = node.firstChild;
    node.data = `${node.data} and then some more words`;
  }],
  ['replace an element', () => {
    const p = document.createElement('p');
    p.id = 'p3';
    p.innerHTML = 'The vote moved to <em>Friday</em>, “because the hall is flooded,” said clerk Mina Osei.';
    document.getElementById('p3').replaceWith(p);
  }],
  ['set the whole article anew', () => {
    document.getElementById('story').innerHTML = '<p>“It is over,” said Ines Calloway.</p><p>Ferries ran at noon.</p>';
  }],
];

test('insertions, removals and replacements are re-annotated as a fresh annotation would be', async () => {
  const { page, errors } = await openPage(browser, server, 'dynamic.html');
  await page.evaluate(async () => { window.__handle = await window.claimlens.annotate(document.getElementById('story')); });
  for (const [name, mutate] of MUTATIONS) {
    const ready = await page.evaluate(() => window.__ready);
    await page.evaluate(`(${mutate})()`);
    await page.waitForFunction((n) => window.__ready > n, ready, { timeout: 10000 });
    await page.waitForTimeout(50);
    const state = await page.evaluate(() => {
      const el = document.getElementById('story');
      const ids = window.__handle.analysis.claims.map((c) => c.id);
      const orphaned = [...document.querySelectorAll('cl-mark')]
        .filter((m) => !m.closest('#story') || !m.textContent || (m.dataset.clClaim && !ids.includes(m.dataset.clClaim)))
        .map((m) => m.outerHTML.slice(0, 100));
      // The same markup without wrappers, annotated fresh in a detached twin.
      const twin = el.cloneNode(true);
      twin.querySelectorAll('cl-mark').forEach((m) => m.replaceWith(...m.childNodes));
      twin.normalize();
      return { orphaned, watched: el.innerHTML, bare: twin.innerHTML };
    });
    assert.deepEqual(state.orphaned, [], `${name}: orphaned wrappers`);
    assert.ok(state.watched.includes('<cl-mark'), `${name}: the article is annotated`);
    // A fresh annotation of the same markup, in a new element on the page.
    const fresh = await page.evaluate(async (bare) => {
      const twin = document.createElement('article');
      twin.id = 'twin';
      twin.innerHTML = bare;
      document.body.append(twin);
      const handle = await window.claimlens.annotate(twin, { panel: 'none', watch: false });
      const html = twin.innerHTML.replaceAll(/ data-cl-selected="[^"]*"/g, '');
      handle.clear();
      twin.remove();
      return html;
    }, state.bare);
    assert.equal(state.watched.replaceAll(/ data-cl-selected="[^"]*"/g, ''), fresh, `${name}: re-annotation differs from a fresh one`);
  }
  await page.evaluate(() => window.__handle.clear());
  assert.equal(await page.evaluate(() => document.querySelectorAll('cl-mark, claim-lens-panel').length), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
