// Shared set-up for the hostile, XSS, isolation and dynamic-DOM suites: the
// pages in this folder are served beside dist/ (same origin, so they load the
// real embed from /embed/claimlens.js), with traps that record any dialog and
// any script a payload manages to run.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchErrors } from '../../harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * Opens `name` (a file in this folder, or `blank.html`) at `/__hostile/name` on
 * `server`. Returns the page, its errors and the dialogs it tried to open.
 * `window.__pwned` collects the names of payloads that ran (each payload calls
 * `__pwn(name)`); dialogs are dismissed and recorded.
 */
export async function openPage(browser, server, name, viewport = { width: 1200, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  await page.route(`${server.url}/__hostile/**`, async (route) => {
    const file = path.join(HERE, path.basename(new URL(route.request().url()).pathname));
    route.fulfill({ body: await fs.readFile(file), contentType: 'text/html; charset=utf-8' });
  });
  await page.addInitScript(() => {
    window.__pwned = [];
    window.__pwn = (what) => window.__pwned.push(what);
  });
  await page.goto(`${server.url}/__hostile/${name}`);
  await page.waitForFunction(() => window.claimlens, null, { timeout: 20000 });
  return { page, errors, dialogs };
}

/** Every element's tag name under `selector`, light DOM, in document order. */
export async function tags(page, selector) {
  return page.$$eval(`${selector} *`, (els) => els.map((e) => e.localName));
}

/**
 * Annotates `selector` through the JS API and returns what a reader and a
 * publisher see: claim count, the text before and after, and whether clear()
 * restored the markup exactly. Leaves the annotation in place if `keep`.
 */
export async function roundTrip(page, selector, keep = false) {
  return page.evaluate(async ({ selector, keep }) => {
    const el = document.querySelector(selector);
    const html = el.innerHTML;
    const text = el.textContent;
    const handle = await window.claimlens.annotate(el, { panel: 'after' });
    const marked = el.querySelectorAll('cl-mark').length;
    const result = {
      claims: handle.analysis.claims.length,
      analysedText: handle.text,
      marked,
      textKept: el.textContent === text,
      marks: [...el.querySelectorAll('cl-mark')].map((m) => ({ kind: m.dataset.clKind, claim: m.dataset.clClaim, text: m.textContent })),
    };
    if (!keep) {
      handle.clear();
      result.restored = el.innerHTML === html;
      result.leftover = document.querySelectorAll('cl-mark, claim-lens-panel').length;
    }
    return result;
  }, { selector, keep });
}
