// Long articles through the embed: analysed in the worker (www/embed/worker.js)
// and highlighted in slices, with the same result as analysing on the page; the
// panel builds its cards a page at a time. Short articles never start a worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import { openPage } from './pages/hostile/serve-pages.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PEOPLE = ['Irene Dalby, the harbour master', 'Tomas Reyes, a union steward', 'the port authority', 'Deputy Mayor Ruth Ames'];

/** A long harbour report written for this test: `n` paragraphs, one quote each. */
function longArticle(n) {
  return Array.from({ length: n }, (_, i) =>
    `<p>Crews worked through the night at berth ${i + 1}. “Berth ${i + 1} will reopen once the cranes are inspected,” said ${PEOPLE[i % PEOPLE.length]}.</p>`).join('\n');
}

/** Opens the blank page with Worker construction counted. */
async function open() {
  const opened = await openPage(browser, server, 'blank.html');
  await opened.page.evaluate(() => {
    window.__workers = 0;
    const Real = window.Worker;
    window.Worker = class extends Real { constructor(...args) { super(...args); window.__workers += 1; } };
  });
  return opened;
}

test('a long article is analysed in the worker, with the same result as on the page, and clears exactly', async () => {
  const { page, errors } = await open();
  const r = await page.evaluate(async (html) => {
    const el = document.getElementById('story');
    el.innerHTML = html;
    const before = el.innerHTML;
    const handle = await window.claimlens.annotate(el, { panel: 'none' });
    const inline = await window.claimlens.analyze(handle.text);
    const result = {
      workers: window.__workers,
      length: handle.text.length,
      same: JSON.stringify(handle.analysis) === JSON.stringify(inline),
      claims: handle.analysis.claims.length,
      contentMarks: el.querySelectorAll('cl-mark[data-cl-kind="content"]').length,
      textKept: el.textContent === new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.textContent,
    };
    handle.clear();
    result.restored = el.innerHTML === before;
    return result;
  }, longArticle(120));
  assert.ok(r.length >= 12000, `the article is long enough for the worker: ${r.length}`);
  assert.equal(r.workers, 1, 'one worker was started');
  assert.ok(r.same, 'the worker gives the same analysis as the page');
  assert.equal(r.claims, 120);
  assert.ok(r.contentMarks >= 120, `content marks: ${r.contentMarks}`);
  assert.ok(r.textKept, 'the text is unchanged while annotated');
  assert.ok(r.restored, 'clear() restores the markup exactly');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a short article is analysed on the page without starting a worker', async () => {
  const { page, errors } = await open();
  const r = await page.evaluate(async (html) => {
    const el = document.getElementById('story');
    el.innerHTML = html;
    const handle = await window.claimlens.annotate(el, { panel: 'none' });
    return { workers: window.__workers, claims: handle.analysis.claims.length, marks: el.querySelectorAll('cl-mark').length };
  }, longArticle(3));
  assert.equal(r.workers, 0);
  assert.equal(r.claims, 3);
  assert.ok(r.marks > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('when no worker can start, the long article is analysed on the page instead', async () => {
  const { page } = await open();
  const r = await page.evaluate(async (html) => {
    window.Worker = class { constructor() { throw new DOMException('blocked for the test', 'SecurityError'); } };
    const el = document.getElementById('story');
    el.innerHTML = html;
    const handle = await window.claimlens.annotate(el, { panel: 'none' });
    return { claims: handle.analysis.claims.length, marks: el.querySelectorAll('cl-mark[data-cl-kind="content"]').length };
  }, longArticle(60));
  assert.equal(r.claims, 60);
  assert.ok(r.marks >= 60);
  await page.close();
});

test('the panel builds its cards a page at a time; "show more" and select() build the rest', async () => {
  const { page, errors } = await open();
  const r = await page.evaluate(async (html) => {
    const el = document.getElementById('story');
    el.innerHTML = html;
    const handle = await window.claimlens.annotate(el, { panel: 'after' });
    const root = document.querySelector('claim-lens-panel').shadowRoot;
    const cards = () => root.querySelectorAll('.card').length;
    const more = root.querySelector('button.more');
    const out = { claims: handle.analysis.claims.length, first: cards(), label: more.textContent };
    more.click();
    out.second = cards();
    const last = handle.analysis.claims.at(-1).id;
    handle.select(last);
    out.afterSelect = cards();
    out.pressed = root.querySelector(`.card[data-cl-claim="${last}"]`)?.getAttribute('aria-pressed');
    out.moreHidden = more.hidden;
    return out;
  }, longArticle(250));
  assert.equal(r.claims, 250);
  assert.equal(r.first, 100);
  assert.equal(r.label, 'Show 100 more claims');
  assert.equal(r.second, 200);
  assert.equal(r.afterSelect, 250);
  assert.equal(r.pressed, 'true');
  assert.ok(r.moreHidden, 'the button goes once every card is built');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 5 MB article through the embed: every claim found, the text kept, clear() restores the markup', async () => {
  const { page, errors } = await open();
  const r = await page.evaluate(async (html) => {
    const el = document.getElementById('story');
    // About 5 MB: the 250-paragraph report repeated.
    el.innerHTML = html.repeat(Math.ceil(5.3e6 / html.length));
    const before = el.innerHTML;
    const text = el.textContent;
    const handle = await window.claimlens.annotate(el, { panel: 'right' });
    const result = {
      bytes: new TextEncoder().encode(handle.text).length,
      paragraphs: el.querySelectorAll('p').length,
      claims: handle.analysis.claims.length,
      contentMarks: el.querySelectorAll('cl-mark[data-cl-kind="content"]').length,
      cards: document.querySelector('claim-lens-panel').shadowRoot.querySelectorAll('.card').length,
      textKept: el.textContent === text,
      workers: window.__workers,
    };
    handle.clear();
    result.restored = el.innerHTML === before;
    return result;
  }, longArticle(250));
  assert.ok(r.bytes >= 5e6, `bytes: ${r.bytes}`);
  assert.equal(r.workers, 1);
  assert.equal(r.claims, r.paragraphs, 'one claim per paragraph, none lost at the worker pieces');
  assert.ok(r.contentMarks >= r.claims, `content marks: ${r.contentMarks}`);
  assert.equal(r.cards, 100, 'the panel builds its first page of cards only');
  assert.ok(r.textKept, 'the text is unchanged while annotated');
  assert.ok(r.restored, 'clear() restores the markup exactly');
  assert.deepEqual(errors, []);
  await page.close();
});
