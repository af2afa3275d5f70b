// Shared set-up for the browser-extension tests: the unpacked Chromium build
// loaded into a headless persistent context, the extension's service worker,
// and helpers to read the highlights and the panel.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, CHROMIUM_ARGS, tempProfile } from './harness.mjs';

export const EXTENSION = path.join(DIST, 'extension-chromium');
export const FIREFOX_EXTENSION = path.join(DIST, 'extension-firefox');
export const PAGES = path.resolve('tests', 'e2e', 'pages', 'extension');
/** A strict policy without 'wasm-unsafe-eval': nothing in the page may compile wasm. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";
export const KINDS = ['content', 'source', 'cue', 'hedge', 'evidence'];
export const STATES = ['reported', 'confirmed', 'unverified', 'disputed', 'false'];

/** Launches Chromium with the unpacked extension; resolves to { context, worker, id }. */
export async function launchWithExtension() {
  const context = await chromium.launchPersistentContext(await tempProfile(), {
    executablePath: process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // Playwright disables extensions by default; allow exactly ours.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
  return { context, worker, id: new URL(worker.url()).host };
}

/** What the toolbar action does, for the tab showing `page` (headless
 * Chromium has no toolbar to click): resolves to the content script's report. */
export function toggleAction(worker, page) {
  return worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return globalThis.claimlens.toggleTab(tab);
  }, page.url());
}

/** The keyboard shortcut's handler with the manifest's command name. */
export function shortcut(worker, page, command = 'toggle-annotations') {
  return worker.evaluate(async ([url, name]) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return globalThis.claimlens.onCommand(name, tab);
  }, [page.url(), command]);
}

/** The toolbar badge text of the tab showing `page`. */
export function badge(worker, page) {
  return worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, page.url());
}

/** Whether the on-demand content scripts were ever injected into `page`. */
export function contentScriptLoaded(worker, page) {
  return worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    const [probe] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => typeof globalThis.claimlensExt !== 'undefined',
    });
    return probe.result;
  }, page.url());
}

/** Every highlight in `page`: its data-cl-* attributes, text, and whether it
 * sits inside something that is not article text (`outside` selector). */
export function highlights(page, outside = 'nav, aside, figcaption, footer, #comments, #comment-thread, .related-box, .rail, .byline') {
  return page.$$eval('cl-mark', (els, sel) => els.map((e) => ({
    kind: e.getAttribute('data-cl-kind'),
    claim: e.getAttribute('data-cl-claim'),
    state: e.getAttribute('data-cl-state'),
    selected: e.hasAttribute('data-cl-selected'),
    text: e.textContent,
    outside: Boolean(e.closest(sel)),
  })), outside);
}

/** The panel frame once it shows an analysis. */
export async function panelFrame(page) {
  const handle = await page.waitForSelector('iframe#claimlens-panel', { timeout: 15000 });
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html[data-cl-ready="true"]', { timeout: 30000 });
  return frame;
}

/** `selector`'s innerHTML in the page as served (parsed, never run), for
 * checking that clearing restores the DOM exactly. */
export function pristineHtml(page, selector) {
  return page.evaluate(async (sel) => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').querySelector(sel).innerHTML;
  }, selector);
}
