// The first slice end to end: the built demo page annotates the sample article
// in real Chromium with the real wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchErrors, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('demo page highlights the sample quotes and their speakers', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/index.html#sample=bridge-collapse`);
  await page.waitForSelector('mark[data-cl-kind="content"]', { timeout: 15000 });

  const quotes = await page.$$eval('mark[data-cl-kind="content"]', (els) =>
    [...new Set(els.map((e) => e.dataset.clClaim))].length);
  assert.ok(quotes >= 5, `expected at least 5 quoted claims, found ${quotes}`);

  const states = await page.$$eval('mark[data-cl-kind="content"]', (els) => els.map((e) => e.dataset.clState));
  assert.ok(states.every((s) => s === 'reported' || s === 'confirmed' || s === 'unverified' || s === 'disputed' || s === 'false'));

  const sources = await page.$$eval('mark[data-cl-kind="source"]', (els) => els.map((e) => e.textContent));
  assert.ok(sources.some((s) => s.startsWith('Dana Whitcomb')), `sources: ${sources}`);
  assert.ok(sources.includes('Gov. Marcus Hale'), `sources: ${sources}`);
  assert.ok(sources.some((s) => s.startsWith('Luis Ortega')), `sources: ${sources}`);

  const cues = await page.$$eval('mark[data-cl-kind="cue"]', (els) => els.map((e) => e.textContent));
  assert.ok(cues.includes('said') && cues.includes('told'), `cues: ${cues}`);

  // The quote that runs over three paragraphs is one claim, resolved to Ortega.
  const claim = await page.$eval('mark[data-cl-kind="content"]', () => {
    const nobody = [...document.querySelectorAll('mark[data-cl-kind="content"]')].find((m) => m.textContent.includes('Nobody came'));
    return nobody?.dataset.clClaim;
  });
  assert.ok(claim, 'the “Nobody came” paragraph is part of a claim');
  await page.click(`mark[data-cl-kind="content"][data-cl-claim="${claim}"]`);
  const card = await page.textContent(`[data-cl-card-claim="${claim}"] [data-cl-card-field="source"]`);
  assert.ok(card.includes('Luis Ortega'), card);

  // No highlight changes the text: the article reads exactly as the sample.
  const text = await page.$eval('.cl-article', (el) => el.textContent);
  assert.ok(text.includes('“We have accounted for every vehicle that was on the span,” said Dana Whitcomb'));

  await screenshot(page, 'demo-slice');
  assert.deepEqual(errors, []);
  await page.close();
});
