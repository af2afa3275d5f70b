// The demo page in real Chromium with the real wasm: loading, the DOM
// contract, `#text=` links, filters, keyboard, cards, summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import {
  openDemo, pageAnalysis, cp, articleParagraphs, focusOrder, focusedClaim, paragraphsOf, HARBOR, eventually, settle,
} from './demo_page.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const KINDS = ['content', 'source', 'cue', 'hedge', 'evidence'];
const STATES = ['reported', 'confirmed', 'unverified', 'disputed', 'false'];

test('the first sample is annotated within a blink and reads exactly as written', async () => {
  const { page, errors, ms } = await openDemo(browser, server);
  await page.waitForSelector('mark[data-cl-kind="content"]');
  console.log(`first sample annotated ${ms} ms after navigation`);
  assert.ok(ms < 5000, `took ${ms} ms`);
  const first = await page.$eval('#cl-sample', (s) => s.value);
  assert.equal(first, await page.$eval('#cl-sample option', (o) => o.value), 'the first sample is on show');
  const text = await (await fetch(`${server.url}/samples/${first}.txt`)).text();
  assert.deepEqual(await articleParagraphs(page), paragraphsOf(text));
  const analysis = await pageAnalysis(page);
  const shown = await page.$$eval('mark[data-cl-kind]', (ms) => new Set(ms.map((m) => m.dataset.clKind)).size);
  assert.ok(shown >= 4, `${shown} highlight kinds on show`);
  assert.ok(analysis.claims.some((c) => c.state !== 'reported'), 'the first sample shows verification states');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every highlight follows the DOM contract and matches the exported analysis', async () => {
  const { page, errors } = await openDemo(browser, server, { hash: '#sample=warehouse-fire' });
  const text = await (await fetch(`${server.url}/samples/warehouse-fire.txt`)).text();
  const analysis = await pageAnalysis(page);
  assert.ok(analysis.claims.length >= 5, `${analysis.claims.length} claims`);
  const marks = await page.$$eval('mark', (ms) => ms.map((m) => ({ ...m.dataset, text: m.textContent })));
  assert.ok(marks.length > 0);
  const ids = new Set(analysis.claims.map((c) => c.id));
  for (const m of marks) {
    assert.ok(KINDS.includes(m.clKind), `kind ${m.clKind}`);
    if (m.clKind !== 'hedge' || m.clClaim !== undefined) assert.ok(ids.has(m.clClaim), `claim ${m.clClaim} of a ${m.clKind} mark`);
    if (m.clKind === 'content') assert.ok(STATES.includes(m.clState), `state ${m.clState}`);
    else assert.equal(m.clState, undefined);
  }
  // Each claim's content marks spell its content spans, with its state; its
  // source marks spell its source spans. (Whitespace between paragraphs is not
  // inside any paragraph, so it is compared without whitespace.)
  const squeeze = (s) => s.replace(/\s+/g, '');
  const spell = (spans) => squeeze(spans.map((s) => cp(text, s.start, s.end)).join(''));
  for (const claim of analysis.claims) {
    const own = marks.filter((m) => m.clKind === 'content' && m.clClaim === claim.id);
    assert.equal(squeeze(own.map((m) => m.text).join('')), spell(claim.content.spans), claim.id);
    assert.ok(own.every((m) => m.clState === claim.state), claim.id);
    const sources = marks.filter((m) => m.clKind === 'source' && m.clClaim === claim.id).map((m) => m.text).join('');
    assert.equal(squeeze(sources), spell(claim.source.spans), `source of ${claim.id}`);
  }
  // Start and end of each claim are announced; the end badge says the state in words.
  const ends = await page.$$eval('mark[data-cl-end]', (ms) => ms.map((m) => [m.dataset.clClaim, getComputedStyle(m, '::after').content]));
  for (const claim of analysis.claims) {
    const end = ends.find(([id]) => id === claim.id);
    assert.ok(end && end[1].includes(claim.state), `end badge of ${claim.id}: ${end}`);
  }
  const start = await page.$eval('mark[data-cl-start]', (m) => getComputedStyle(m, '::before').content);
  assert.match(start, /Claim (by .+, )?(reported|confirmed|unverified|disputed|false)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('#text= opens a shared article, long ones too, and a new fragment replaces it', async () => {
  const { page, errors } = await openDemo(browser, server, { hash: `#text=${encodeURIComponent(HARBOR)}` });
  assert.deepEqual(await articleParagraphs(page), paragraphsOf(HARBOR));
  await page.waitForSelector('mark[data-cl-kind="content"]');
  assert.equal(await page.$eval('#cl-sample', (s) => s.value), '', 'no sample is selected for a shared text');
  const sources = await page.$$eval('mark[data-cl-kind="source"]', (els) => els.map((e) => e.textContent));
  assert.ok(sources.some((s) => s.includes('Lena Moss')), `sources: ${sources}`);

  // About 60 000 characters in the fragment: still loads, still annotated, all text kept.
  const long = Array.from({ length: 150 }, (_, i) => HARBOR.replace('May 12', `May ${(i % 28) + 1}`)).join('\n\n');
  const started = Date.now();
  await page.evaluate((hash) => { location.hash = hash; }, `#text=${encodeURIComponent(long)}`);
  await page.waitForFunction((n) => document.querySelectorAll('.cl-article p').length === n, paragraphsOf(long).length, { timeout: 30000 });
  console.log(`long shared text (${long.length} chars) annotated in ${Date.now() - started} ms`);
  assert.deepEqual(await articleParagraphs(page), paragraphsOf(long));
  const claims = await page.$$eval('mark[data-cl-focus]', (ms) => ms.length);
  assert.ok(claims >= 150, `${claims} claims in the long text`);

  // Malformed escapes are kept as written rather than rejected.
  await page.evaluate(() => { location.hash = '#text=100%25 sure%zz'; });
  await page.waitForFunction(() => document.querySelector('.cl-article p')?.textContent === '100% sure%zz');
  assert.deepEqual(errors, []);
  await page.close();
});

test('legend filters hide and show kinds and states without touching the text', async () => {
  const { page, errors } = await openDemo(browser, server, { hash: '#sample=warehouse-fire' });
  const analysis = await pageAnalysis(page);
  const text = await articleParagraphs(page);
  const count = (sel) => page.$$eval(sel, (els) => els.length);
  const byState = Object.fromEntries(STATES.map((s) => [s, analysis.claims.filter((c) => c.state === s).length]));
  const state = STATES.reduce((a, b) => (byState[a] >= byState[b] ? a : b));
  const shownBefore = await count(`mark[data-cl-kind="content"][data-cl-state="${state}"]`);
  const othersBefore = await count(`mark[data-cl-kind="content"]:not([data-cl-state="${state}"])`);
  assert.ok(shownBefore > 0);

  const button = `[data-cl-filter-state="${state}"]`;
  await page.click(button);
  await eventually(() => page.getAttribute(button, 'aria-pressed'), 'false');
  await eventually(() => count(`mark[data-cl-kind="content"][data-cl-state="${state}"]`), 0);
  assert.equal(await count(`mark[data-cl-kind="content"]:not([data-cl-state="${state}"])`), othersBefore);
  assert.match(await page.textContent('#cl-live'), /claims hidden/);
  assert.deepEqual(await articleParagraphs(page), text);
  await page.click(button);
  await eventually(() => page.getAttribute(button, 'aria-pressed'), 'true');
  await eventually(() => count(`mark[data-cl-kind="content"][data-cl-state="${state}"]`), shownBefore);

  const sources = await count('mark[data-cl-kind="source"]');
  assert.ok(sources > 0);
  await page.click('[data-cl-filter-kind="source"]');
  await eventually(() => count('mark[data-cl-kind="source"]'), 0);
  assert.ok(await count('mark[data-cl-kind="content"]') > 0, 'content stays');
  await page.click('[data-cl-filter-kind="source"]');
  await eventually(() => count('mark[data-cl-kind="source"]'), sources);

  // All highlights off (key `h`) and on again (the legend's switch).
  await page.focus('mark[data-cl-focus]');
  await page.keyboard.press('h');
  await eventually(() => count('mark'), 0);
  assert.deepEqual(await articleParagraphs(page), text);
  await page.click('[data-cl-filter="highlights"]');
  await eventually(async () => await count('mark') > 0, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the keyboard moves focus through claims in text order; shortcuts can be switched off', async () => {
  const { page, errors } = await openDemo(browser, server);
  const analysis = await pageAnalysis(page);
  const order = await focusOrder(page);
  assert.deepEqual([...order].sort(), analysis.claims.map((c) => c.id).sort(), 'one focus target per claim');
  for (const id of order) {
    await page.keyboard.press('j');
    await eventually(() => focusedClaim(page), id);
    await eventually(() => page.getAttribute('[data-cl-card-claim]', 'data-cl-card-claim'), id, 'the card follows');
  }
  await page.keyboard.press('j');
  await eventually(() => focusedClaim(page), order[0], 'wraps to the first claim');
  await page.keyboard.press('k');
  await eventually(() => focusedClaim(page), order.at(-1), 'and back to the last');
  assert.match(await page.textContent('#cl-live'), new RegExp(`Claim ${order.length} of ${order.length}`));
  await page.keyboard.press('Escape');
  await eventually(async () => (await page.$('[data-cl-card-claim]')) === null, true, 'Escape closes the card');
  await page.keyboard.press('o');
  await eventually(() => page.getAttribute('[data-cl-card-claim]', 'data-cl-card-claim'), order.at(-1), 'o opens it again');
  // Tab walks the same claims in the same order.
  await page.focus(`mark[data-cl-focus][data-cl-claim="${order[0]}"]`);
  await page.keyboard.press('Tab');
  await eventually(() => focusedClaim(page), order[1]);

  const shortcuts = await page.$$eval('.cl-shortcuts kbd', (ks) => ks.map((k) => k.textContent));
  assert.ok(shortcuts.includes('j / n') && shortcuts.includes('k / p'), `listed: ${shortcuts}`);
  await page.uncheck('#cl-shortcuts-on');
  await settle(page);
  await page.focus(`mark[data-cl-focus][data-cl-claim="${order[0]}"]`);
  await page.keyboard.press('j');
  await settle(page);
  assert.equal(await focusedClaim(page), order[0], 'j does nothing with shortcuts off');
  assert.deepEqual(errors, []);
  await page.close();
});
