// Shared set-up for the embed's end-to-end tests: a page that records what the
// embed does (events, the article before claimlens touched it, every network
// request, console errors), and keyboard helpers for the shadow-root panel.
import { watchErrors } from './harness.mjs';

/**
 * Opens `path` on `server` in a fresh page. Before any page script runs, an
 * init script (injected by the browser, so not subject to the page's CSP)
 * records claimlens events and the target's markup at DOMContentLoaded, when
 * claimlens cannot have changed it yet (it still has to fetch its wasm).
 */
export async function openEmbedPage(browser, server, path, target) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = watchErrors(page);
  const console_ = [];
  page.on('console', (m) => console_.push({ type: m.type(), text: m.text() }));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // Anything leaving the test server is blocked and remembered.
  const outside = [];
  await page.route((url) => !url.href.startsWith(server.url) && !url.href.startsWith('data:'), (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript((selector) => {
    window.__cl = { ready: 0, selects: [], analysis: null, before: null };
    document.addEventListener('claimlens:ready', (e) => { window.__cl.ready += 1; window.__cl.analysis = e.detail.analysis; });
    document.addEventListener('claimlens:select', (e) => { window.__cl.selects.push(e.detail.claimId); });
    document.addEventListener('DOMContentLoaded', () => {
      const el = document.querySelector(selector);
      window.__cl.before = { html: el?.innerHTML, text: el?.textContent, body: document.body.textContent,
        marks: document.querySelectorAll('cl-mark').length };
    });
  }, target);
  await page.goto(`${server.url}${path}`);
  return { page, errors, console: console_, requests, outside };
}

/** Waits until `count` claimlens:ready events have fired. */
export async function waitReady(page, count = 1) {
  await page.waitForFunction((n) => window.__cl.ready >= n, count, { timeout: 20000 });
}

/** Presses Tab until focus is on an element in the panel's shadow root matching `selector`. */
export async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((sel) => {
      const host = document.activeElement;
      return host?.localName === 'claim-lens-panel' && !!host.shadowRoot.activeElement?.matches(sel);
    }, selector);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector} in the panel`);
}

/** Attributes of the focused element inside the panel's shadow root. */
export async function focusedInPanel(page) {
  return page.evaluate(() => {
    const el = document.activeElement?.shadowRoot?.activeElement;
    return el ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null;
  });
}

/** Every highlight: kind, claim, state, text, and the tags of its ancestors up to the target. */
export async function highlights(page, target) {
  return page.$$eval(`${target} cl-mark`, (els) => els.map((e) => ({
    kind: e.dataset.clKind, claim: e.dataset.clClaim, state: e.dataset.clState, text: e.textContent,
    inside: (() => { const tags = []; for (let p = e.parentElement; p && !p.matches('article, claim-lens'); p = p.parentElement) tags.push(p.localName); return tags; })(),
  })));
}
