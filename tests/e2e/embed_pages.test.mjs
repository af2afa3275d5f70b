// The embed's other ways in, each on its own example page in www/examples/:
// <claim-lens> on a live blog that grows (re-annotation), the JS API with
// options, and a page whose CSP forbids WebAssembly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './harness.mjs';
import { openEmbedPage, waitReady, tabTo, highlights } from './embed_helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CALLOWAY = 'Mayor Ines Calloway urged both sides to return to talks. “Every hour the ferries sit idle costs riders and shops,” Calloway told reporters outside city hall.';

test('<claim-lens> annotates its children and re-annotates a growing live blog without double wrapping', async () => {
  const { page, errors, requests, outside } = await openEmbedPage(browser, server, '/examples/live-updates.html', 'claim-lens');
  await waitReady(page);
  const loaded = requests.length;
  const first = await page.evaluate(() => window.__cl.analysis.claims.length);
  assert.ok(first >= 2, `claims: ${first}`);
  const title = await page.evaluate(() => document.querySelector('claim-lens-panel').shadowRoot.querySelector('h2').textContent);
  assert.equal(title, 'Who said what in this live blog');

  await page.click('#newer');
  await waitReady(page, 2);
  const hs = await highlights(page, 'claim-lens');
  assert.ok(hs.some((h) => h.kind === 'content' && h.text.includes('Every hour the ferries sit idle')), 'new quote highlighted');
  assert.ok(await page.evaluate(() => window.__cl.analysis.claims.length) > first);
  // Never a wrapper of a kind inside a wrapper of the same kind.
  // (A nested claim's content may sit inside another claim's content: other claim ids.)
  const doubled = await page.$$eval('claim-lens cl-mark', (els) => els.filter((e) =>
    e.parentElement.closest(`cl-mark[data-cl-kind="${e.dataset.clKind}"][data-cl-claim="${e.dataset.clClaim}"]`)).map((e) => e.outerHTML));
  assert.deepEqual(doubled, []);
  const was = await page.evaluate(() => window.__cl.before);
  const text = await page.$eval('claim-lens', (el) => el.textContent);
  assert.equal(text, was.text.replace('second day', `second day9:15 a.m.${CALLOWAY}`));

  await page.click('#newer');
  await waitReady(page, 3);
  const cleared = await page.evaluate(async () => {
    const { getAnnotation } = await import('/embed/claimlens.js');
    const el = document.querySelector('claim-lens');
    getAnnotation(el).clear();
    return {
      marks: el.querySelectorAll('cl-mark').length,
      // The page created these paragraphs with one text node each: still so.
      nodes: [...el.querySelectorAll('section:not(#u1):not(#u2) p')].map((p) => p.childNodes.length),
    };
  });
  assert.deepEqual(cleared, { marks: 0, nodes: [1, 1] });
  await page.evaluate(() => document.querySelector('claim-lens').remove());
  assert.equal(await page.$$eval('claim-lens-panel', (e) => e.length), 0);
  assert.deepEqual(requests.slice(loaded), []);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('JS API: analyze() leaves the page alone; annotate() takes options, emits select, clears exactly', async () => {
  const { page, errors, outside } = await openEmbedPage(browser, server, '/examples/js-api.html', '#story');
  await page.waitForFunction(() => document.body.dataset.clerkClaims !== undefined);
  assert.equal(await page.evaluate(() => document.body.dataset.clerkClaims), '1');
  assert.equal(await page.$$eval('cl-mark, claim-lens-panel', (e) => e.length), 0);

  await page.click('#toggle');
  await waitReady(page);
  const panel = await page.evaluate(() => {
    const host = document.querySelector('claim-lens-panel');
    const root = host.shadowRoot;
    return { position: host.dataset.position, theme: host.dataset.theme, title: root.querySelector('h2').textContent,
      counts: root.querySelector('.counts').textContent,
      pressed: [...root.querySelectorAll('button.toggle')].map((b) => `${b.dataset.kind}:${b.getAttribute('aria-pressed')}`) };
  });
  assert.equal(panel.position, 'right');
  assert.equal(panel.theme, 'dark');
  assert.equal(panel.title, 'Claims (Gazette)');
  assert.match(panel.counts, /^\d+ attributed claims/);
  assert.deepEqual(panel.pressed, ['content:true', 'source:true', 'cue:false', 'hedge:false', 'evidence:true']);
  const kinds = new Set((await highlights(page, '#story')).map((h) => h.kind));
  assert.ok(kinds.has('content') && kinds.has('source') && !kinds.has('cue') && !kinds.has('hedge'), [...kinds].join());

  // The handle's analysis is the same model analyze() returns for the same text.
  const same = await page.evaluate(async () => {
    const { getAnnotation, analyze } = await import('/embed/claimlens.js');
    const handle = getAnnotation(document.getElementById('story'));
    return JSON.stringify(await analyze(handle.text, { claimReviews: handle.claimReviews })) === JSON.stringify(handle.analysis);
  });
  assert.ok(same);

  await tabTo(page, 'button.card');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^Selected c\d+\.$/.test(document.getElementById('status').textContent));
  await screenshot(page, 'embed-js-api');

  await page.click('#toggle');
  const html = await page.$eval('#story', (el) => el.innerHTML);
  assert.equal(html, await page.evaluate(() => window.__cl.before.html));
  assert.equal(await page.$$eval('claim-lens-panel', (e) => e.length), 0);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without wasm-unsafe-eval in the CSP the page is left untouched with one clear console message', async () => {
  const { page, console: messages, requests } = await openEmbedPage(browser, server, '/examples/no-wasm-csp.html', 'article');
  // The message may come before `goto` returns: poll what was recorded.
  for (let i = 0; i < 150 && !messages.some((m) => m.text.startsWith('claimlens:')); i += 1) await page.waitForTimeout(100);
  // The JS API rejects too, without logging again.
  const rejected = await page.evaluate(async () => {
    const { annotate } = await import('/embed/claimlens.js');
    try { await annotate(document.querySelector('article')); return null; } catch (e) { return e.name; }
  });
  assert.equal(rejected, 'ClaimlensBlockedError');
  await page.waitForTimeout(300);
  const ours = messages.filter((m) => m.text.startsWith('claimlens:'));
  assert.equal(ours.length, 1, JSON.stringify(ours));
  assert.equal(ours[0].type, 'error');
  assert.match(ours[0].text, /Content-Security-Policy/);
  assert.match(ours[0].text, /'wasm-unsafe-eval'/);
  const state = await page.evaluate(() => ({ html: document.querySelector('article').innerHTML,
    extra: document.querySelectorAll('cl-mark, claim-lens-panel').length }));
  assert.equal(state.html, await page.evaluate(() => window.__cl.before.html));
  assert.equal(state.extra, 0);
  assert.ok(!requests.some((u) => u.includes('/embed/pkg/')), 'nothing more was downloaded');
  await page.close();
});

test('loaded async, the embed warms up while the page parses and waits for the whole <claim-lens> element', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // The article's second half arrives only after a slow parser-blocking script,
  // so claimlens.js (async) runs while the element is still half parsed.
  const html = `<!doctype html><html><head><meta charset="utf-8">
    <script type="module" async src="/embed/claimlens.js"></script></head><body>
    <claim-lens><p>“The ferry will run on Friday,” said Captain Orla Brenn.</p>
    <script src="/examples/slow.js"></script>
    <p>The harbour authority said the pier had been inspected in March.</p></claim-lens>
    </body></html>`;
  await page.route('**/examples/async-parse.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.route('**/examples/slow.js', async (route) => {
    // By now claimlens.js has run (and started its warm-up) with half the element parsed.
    await page.waitForTimeout(400);
    route.fulfill({ body: 'window.slowRan = true;', contentType: 'text/javascript' });
  });
  await page.addInitScript(() => {
    window.__ready = [];
    document.addEventListener('claimlens:ready', (e) => window.__ready.push(e.detail.analysis.claims.length));
  });
  await page.goto(`${server.url}/examples/async-parse.html`);
  await page.waitForFunction(() => window.__ready.length > 0, null, { timeout: 20_000 });
  await page.waitForTimeout(200);
  const result = await page.evaluate(() => ({
    ready: window.__ready,
    slowRan: window.slowRan,
    sources: [...document.querySelectorAll('cl-mark[data-cl-kind="source"]')].map((m) => m.textContent),
  }));
  assert.equal(result.slowRan, true);
  // One annotation, of the whole element: both claims, the second one after the slow script.
  assert.deepEqual(result.ready, [2]);
  assert.ok(result.sources.includes('The harbour authority'), `sources: ${result.sources}`);
  assert.deepEqual(errors, []);
  await page.close();
});
