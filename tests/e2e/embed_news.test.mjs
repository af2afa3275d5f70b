// The embed on a realistic news page (www/examples/news-article.html): script
// tag auto mode under a strict CSP, with the publisher's nested markup, an ad
// slot, page scripts and a ClaimReview block. Real Chromium, real DOM, real wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './harness.mjs';
import { openEmbedPage, waitReady, tabTo, focusedInPanel, highlights } from './embed_helpers.mjs';

const PAGE = '/examples/news-article.html';
const TARGET = 'article.story';
const KINDS = ['content', 'source', 'cue', 'hedge', 'evidence'];
const STATES = ['reported', 'confirmed', 'unverified', 'disputed', 'false'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('script tag annotates the article in place; markup, text, scripts and styles stay the publisher’s', async () => {
  const { page, errors, outside } = await openEmbedPage(browser, server, PAGE, TARGET);
  await waitReady(page);
  const hs = await highlights(page, TARGET);
  const kinds = new Set(hs.map((h) => h.kind));
  for (const k of ['content', 'source', 'cue']) assert.ok(kinds.has(k), `no ${k} highlight: ${[...kinds]}`);
  assert.ok(hs.every((h) => KINDS.includes(h.kind)), 'unknown data-cl-kind');
  for (const h of hs.filter((x) => x.kind === 'content')) {
    assert.ok(STATES.includes(h.state) && /^c\d+$/.test(h.claim), JSON.stringify(h));
  }
  assert.ok(hs.some((h) => h.kind === 'source' && h.text.startsWith('Lena Voss')), JSON.stringify(hs.filter((h) => h.kind === 'source')));
  assert.ok(hs.some((h) => h.kind === 'cue' && h.text.includes('said')));
  // Quotes that cross the publisher's inline markup are highlighted inside it.
  assert.ok(hs.some((h) => h.kind === 'content' && h.inside.includes('a') && h.text === 'March inspection'));
  assert.ok(hs.some((h) => h.kind === 'content' && h.inside.includes('em') && h.text.includes('We were never told')));
  assert.ok(hs.some((h) => h.kind === 'content' && h.inside.includes('strong') === false && h.text.includes('steel, not safety')));
  // Skipped: the ad slot, related links, the figure caption.
  const skipped = await page.$$eval(`${TARGET} .ad-slot cl-mark, ${TARGET} aside cl-mark, ${TARGET} figcaption cl-mark`, (e) => e.length);
  assert.equal(skipped, 0);

  // The text is identical; nothing was added inside the article.
  const now = await page.evaluate((sel) => ({ text: document.querySelector(sel).textContent, body: document.body.textContent }), TARGET);
  const was = await page.evaluate(() => window.__cl.before);
  assert.equal(was.marks, 0, 'the before-snapshot was taken before claimlens ran');
  assert.equal(now.text, was.text);
  assert.equal(now.body, was.body);

  // The ClaimReview JSON-LD was read and given to the analysis: the reviewed claim is false.
  const reviews = await page.evaluate(async (sel) => {
    const { getAnnotation } = await import('/embed/claimlens.js');
    return getAnnotation(document.querySelector(sel)).claimReviews;
  }, TARGET);
  assert.deepEqual(reviews.map((r) => [r.rating, r.author]), [['False', 'Tri-County Fact Desk']]);
  const analysis = await page.evaluate(() => window.__cl.analysis);
  const text = await page.evaluate(async (sel) => (await import('/embed/claimlens.js')).getAnnotation(document.querySelector(sel)).text, TARGET);
  const chars = [...text];
  const brandt = analysis.claims.find((c) => c.content.spans.some((s) => chars.slice(s.start, s.end).join('').includes('inspected since 2019')));
  assert.ok(brandt, 'the council claim was found');
  assert.equal(brandt.state, 'false', JSON.stringify(brandt));
  const falseMarks = await page.$$eval(`${TARGET} cl-mark[data-cl-kind="content"][data-cl-state="false"]`, (e) => e.length);
  assert.ok(falseMarks > 0);

  // The publisher's own scripts still work on highlighted links.
  await page.click(`${TARGET} a[href="#inspections/2026"]`);
  await page.click('.subscribe');
  assert.deepEqual(await page.evaluate(() => ({ ...document.body.dataset })), { linkClicks: '1', subscribeClicks: '1' });

  // No style leaks: the publisher's `button`/`h2` rules stop at the shadow root,
  // and highlight colours follow the publisher's custom properties.
  const looks = await page.evaluate(() => {
    const root = document.querySelector('claim-lens-panel').shadowRoot;
    document.documentElement.style.setProperty('--claimlens-content', 'rgb(1, 2, 3)');
    return {
      card: getComputedStyle(root.querySelector('button.card')).backgroundColor,
      heading: getComputedStyle(root.querySelector('h2')).color,
      subscribe: getComputedStyle(document.querySelector('.subscribe')).backgroundColor,
      mark: getComputedStyle(document.querySelector('cl-mark[data-cl-kind="content"]')).backgroundColor,
    };
  });
  assert.notEqual(looks.card, 'rgb(200, 0, 0)');
  assert.notEqual(looks.heading, 'rgb(0, 128, 0)');
  assert.equal(looks.subscribe, 'rgb(200, 0, 0)');
  assert.equal(looks.mark, 'rgb(1, 2, 3)');
  await page.evaluate(() => document.documentElement.style.removeProperty('--claimlens-content'));

  await screenshot(page, 'embed-news', { fullPage: true });
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the shadow-root panel works by keyboard', async () => {
  const { page, errors } = await openEmbedPage(browser, server, PAGE, TARGET);
  await waitReady(page);
  const count = (sel) => page.$$eval(sel, (e) => e.length);
  const sources = await count(`${TARGET} cl-mark[data-cl-kind="source"]`);
  assert.ok(sources > 0);

  // Legend: Enter hides a kind, Space shows it again.
  await tabTo(page, 'button.toggle[data-kind="source"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((sel) => !document.querySelector(sel), `${TARGET} cl-mark[data-cl-kind="source"]`);
  assert.equal((await focusedInPanel(page))['aria-pressed'], 'false');
  await page.keyboard.press('Space');
  await page.waitForFunction((sel) => !!document.querySelector(sel), `${TARGET} cl-mark[data-cl-kind="source"]`);
  assert.equal(await count(`${TARGET} cl-mark[data-cl-kind="source"]`), sources);

  // Cards: Enter selects a claim, Tab + Space selects the next one.
  await tabTo(page, 'button.card');
  const first = (await focusedInPanel(page))['data-cl-claim'];
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.__cl.selects.includes(id), first);
  assert.ok(await count(`${TARGET} cl-mark[data-cl-claim="${first}"][data-cl-selected]`) > 0);
  await page.keyboard.press('Tab');
  const second = (await focusedInPanel(page))['data-cl-claim'];
  assert.ok(second && second !== first, `second card: ${second}`);
  await page.keyboard.press('Space');
  await page.waitForFunction((id) => window.__cl.selects.includes(id), second);
  assert.equal(await count(`${TARGET} cl-mark[data-cl-claim="${first}"][data-cl-selected]`), 0);
  assert.equal((await focusedInPanel(page))['aria-pressed'], 'true');

  // Clicking a highlight in the article selects its claim too.
  await page.click(`${TARGET} cl-mark[data-cl-kind="content"][data-cl-claim="${first}"]`);
  await page.waitForFunction((id) => window.__cl.selects.at(-1) === id, first);
  await screenshot(page, 'embed-news-keyboard');
  assert.deepEqual(errors, []);
  await page.close();
});

test('clear() restores innerHTML exactly; no network request after load', async () => {
  const { page, errors, requests, outside } = await openEmbedPage(browser, server, PAGE, TARGET);
  await waitReady(page);
  const loaded = requests.length;
  assert.ok(requests.some((u) => u.endsWith('/embed/pkg/claimlens_widget_bg.wasm')));

  // Ad rotations happen inside an excluded slot: no re-annotation.
  await page.evaluate(() => document.dispatchEvent(new Event('ledger:rotate-ad')));
  await page.waitForTimeout(700);
  assert.equal(await page.evaluate(() => window.__cl.ready), 1);
  await page.evaluate(() => document.dispatchEvent(new Event('ledger:rotate-ad')));

  const cleared = await page.evaluate(async (sel) => {
    const { getAnnotation } = await import('/embed/claimlens.js');
    const el = document.querySelector(sel);
    getAnnotation(el).clear();
    return { html: el.innerHTML, panels: document.querySelectorAll('claim-lens-panel').length,
      sheets: document.adoptedStyleSheets.length };
  }, TARGET);
  const was = await page.evaluate(() => window.__cl.before);
  assert.equal(cleared.html, was.html);
  assert.equal(cleared.panels, 0);
  assert.equal(cleared.sheets, 0);

  // Annotating again through the JS API, then clearing, round-trips too.
  const again = await page.evaluate(async (sel) => {
    const { annotate } = await import('/embed/claimlens.js');
    const el = document.querySelector(sel);
    const handle = await annotate(el, { panel: 'right', theme: 'dark' });
    const marks = el.querySelectorAll('cl-mark').length;
    const claims = handle.analysis.claims.length;
    handle.clear();
    return { marks, claims, html: el.innerHTML };
  }, TARGET);
  assert.ok(again.marks > 0 && again.claims > 0);
  assert.equal(again.html, was.html);

  assert.deepEqual(requests.slice(loaded), [], 'requests after load');
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});
