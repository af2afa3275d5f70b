// Helpers for the demo page's end-to-end tests: open the built page, read the
// analysis it exports, cut text by code points as the analysis counts, wait
// for the page to catch up with an action.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { watchErrors } from './harness.mjs';

/** Opens the demo at `hash`; resolves once the page has rendered an article or its empty state. */
export async function openDemo(browser, server, { hash = '', colorScheme = 'light', width = 1280, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  const errors = watchErrors(page);
  const started = Date.now();
  await page.goto(`${server.url}/index.html${hash}`);
  await page.waitForSelector('.cl-article, #cl-empty', { timeout: 15000 });
  return { page, errors, ms: Date.now() - started };
}

/** Saves the file a click on `selector` downloads and returns its text. */
export async function downloadText(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return fs.readFile(await download.path(), 'utf8');
}

/** The analysis the page exports (its "Analysis JSON" button). */
export async function pageAnalysis(page) {
  return JSON.parse(await downloadText(page, '#cl-export-json'));
}

/** `text` from code point `start` to `end`, as the analysis counts. */
export function cp(text, start, end) {
  return Array.from(text).slice(start, end).join('');
}

/** The text of a list of spans, joined as the UI joins discontinuous pieces. */
export function spansText(text, spans) {
  return spans.map((s) => cp(text, s.start, s.end)).join(' … ');
}

/** The article as the page shows it: its paragraphs' text, in order. */
export async function articleParagraphs(page) {
  return page.$$eval('.cl-article p', (ps) => ps.map((p) => p.textContent));
}

/** The ids of claims carrying a keyboard focus target, in document order. */
export async function focusOrder(page) {
  return page.$$eval('mark[data-cl-focus]', (ms) => ms.map((m) => m.dataset.clClaim));
}

/** The claim id of the element that has focus. */
export async function focusedClaim(page) {
  return page.evaluate(() => document.activeElement?.closest('[data-cl-claim]')?.dataset.clClaim ?? null);
}

/** Paragraphs of a text as the engine splits them (blank lines), trimmed. */
export function paragraphsOf(text) {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** An article written for these tests (invented people and places). The wave
    emoji first makes code points, UTF-16 units and bytes all differ. */
export const HARBOR = [
  '🌊 Ferry Pier to Reopen in May, City Says',
  'HARBOR CITY, Wash. (Wire) — The city\'s ferry pier will reopen in May after a year of repairs, officials said on Thursday.',
  '“We expect the first boats to dock by May 12,” said Lena Moss, the city\'s harbor director. She said the repairs had cost about $2 million.',
  'The dockworkers\' union disputed that figure. “The real bill is twice that,” said Carl Ibsen, a union steward.',
].join('\n\n');

/** Reads `read()` until it deep-equals `expected`, then asserts it (failing
    with the last value after `timeout` ms). Yew finishes a render in a later
    task when it runs past its 16 ms slice, as it can on a busy machine, so a
    check made right after a click or key press may still see the page before. */
export async function eventually(read, expected, message, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    actual = await read();
  }
  assert.deepStrictEqual(actual, expected, message);
}

/** Waits until a timer turn and a frame pass without any DOM change (at most
    2 s): for checks that an action did *not* change something. */
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => {
    let changed = true;
    const changes = new MutationObserver(() => { changed = true; });
    changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const started = performance.now();
    const check = () => {
      if (!changed || performance.now() - started > 2000) {
        changes.disconnect();
        resolve();
        return;
      }
      changed = false;
      setTimeout(() => requestAnimationFrame(check), 0);
    };
    check();
  }));
}
