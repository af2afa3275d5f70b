// claimlens embed: annotate a news article in place, in the reader's browser.
//
// Three ways in:
//   <script type="module" src=".../embed/claimlens.js" data-target="article" data-auto></script>
//   <claim-lens> …article markup… </claim-lens>
//   import { annotate, analyze } from '.../embed/claimlens.js';
//
// Everything it loads (the wasm-bindgen glue and the wasm) is resolved relative
// to this module's own URL, so the folder can be hosted anywhere. After that it
// makes no network request. For the fastest first highlights a page can also
// preload its files (README: "Loading fast"). The DOM work, the panel and the events live in Rust
// (src/embed, src/dom); this file only loads it and wires the three ways in.

const GLUE = new URL('./pkg/claimlens_widget.js', import.meta.url);
const WASM = new URL('./pkg/claimlens_widget_bg.wasm', import.meta.url);
const WORKER = new URL('./worker.js', import.meta.url);

// The smallest valid wasm module: compiling it tells whether the page's
// Content-Security-Policy allows WebAssembly at all.
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

export const CSP_MESSAGE =
  "claimlens: this page's Content-Security-Policy does not allow WebAssembly, so claimlens " +
  "left the page untouched. To enable it, add 'wasm-unsafe-eval' to the script-src directive.";

let loading = null;
// The glue and the wasm download, started as soon as this module runs when
// the page will annotate right away (script-tag auto mode or a <claim-lens>
// element) and its CSP allows WebAssembly; otherwise on first use. A page
// whose CSP blocks WebAssembly downloads neither.
let glueLoading = null;
let wasmResponse = null;
const importGlue = () => (glueLoading ??= import(GLUE.href));

/** Whether this page may compile WebAssembly (synchronous, no download). */
function wasmAllowed() {
  try {
    new WebAssembly.Module(EMPTY_WASM);
    return true;
  } catch {
    return false;
  }
}
let cspReported = false;
const handles = new WeakMap();

/** Loads the wasm once; rejects (after one console message) when CSP blocks it. */
function load() {
  loading ??= (async () => {
    if (!wasmAllowed()) {
      if (!cspReported) {
        cspReported = true;
        console.error(CSP_MESSAGE);
      }
      const blocked = new Error(CSP_MESSAGE);
      blocked.name = 'ClaimlensBlockedError';
      throw blocked;
    }
    const glue = await importGlue();
    await glue.default({ module_or_path: wasmResponse ?? fetch(WASM) });
    return glue;
  })();
  return loading;
}

let analyzer;

/**
 * The analyzer the Rust session calls for long articles:
 * `(textUtf8, claimReviewsJson) => Promise<parts>` (the text as UTF-8 bytes in
 * a Uint8Array, transferred to the worker; the analysis back as a list of
 * UTF-8 JSON parts, transferred too), backed by one module
 * Worker for the page, started on the first long article (short ones never
 * start it). When no worker can run here (a CSP without worker-src for this
 * origin, a cross-origin host, no Worker at all) or it fails, every call
 * rejects and the session analyses on the page from then on.
 */
function workerAnalyzer() {
  if (analyzer || typeof Worker === 'undefined') return analyzer;
  let worker = null;
  let broken = null;
  let next = 0;
  const pending = new Map();
  const failAll = (message) => {
    broken = message;
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
    worker?.terminate();
  };
  const start = () => {
    try {
      worker = new Worker(WORKER, { type: 'module' });
    } catch (error) {
      failAll(`no analysis worker: ${error?.message ?? error}`);
      return;
    }
    worker.addEventListener('message', ({ data }) => {
      const call = pending.get(data?.id);
      if (!call) return;
      pending.delete(data.id);
      if (Array.isArray(data.parts)) call.resolve(data.parts);
      else call.reject(new Error(data.error ?? 'no analysis in the reply'));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      failAll(`the analysis worker failed: ${event.message || 'it could not start'}`);
    });
    worker.addEventListener('messageerror', () => failAll('the analysis worker sent an unreadable reply'));
  };
  analyzer = (bytes, reviewsJson) => new Promise((resolve, reject) => {
    if (!worker && !broken) start();
    if (broken) { reject(new Error(broken)); return; }
    const id = ++next;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text: bytes, options: { claimReviews: JSON.parse(reviewsJson) }, format: 'parts' },
      [bytes.buffer]);
  });
  return analyzer;
}

/**
 * Analyses `text` without touching the page. Resolves to the analysis (plain
 * JSON, the `claimlens analyze` model; spans in code points).
 * options: { claimReviews: [...] }.
 */
export async function analyze(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError('claimlens: analyze(text) needs a string');
  const glue = await load();
  return glue.analyze(text, options ?? {});
}

/**
 * Annotates `element` in place. Resolves to a handle:
 *   handle.analysis          the analysis (plain JSON)
 *   handle.text              the text that was analysed
 *   handle.claimReviews      the ClaimReview objects (page JSON-LD + options) given to the analysis
 *   handle.on(type, fn)      'ready' | 'select'; fn gets the event detail; returns an unsubscribe
 *   handle.select(claimId)   selects a claim (scrolls to it, fires claimlens:select)
 *   handle.setKinds([...])   highlight only these kinds
 *   handle.refresh()         read and annotate again now
 *   handle.clear()           removes everything; innerHTML is exactly as before
 * Annotating an element again replaces its previous annotation.
 */
export async function annotate(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('claimlens: annotate(element) needs a DOM element');
  const glue = await load();
  handles.get(element)?.clear();
  const inner = glue.annotateElement(element, options ?? {}, workerAnalyzer() ?? undefined);
  // Long articles are analysed in the worker and highlighted in slices.
  await inner.whenReady();
  const unsubscribe = [];
  const handle = {
    element,
    get analysis() { return inner.active ? inner.analysis : null; },
    get text() { return inner.active ? inner.text : ''; },
    get claimReviews() { return inner.active ? inner.claimReviews : []; },
    on(type, fn) {
      const listener = (event) => fn(event.detail, event);
      element.addEventListener(`claimlens:${type}`, listener);
      const off = () => element.removeEventListener(`claimlens:${type}`, listener);
      unsubscribe.push(off);
      return off;
    },
    select: (id) => inner.active && inner.select(String(id)),
    setKinds: (kinds) => inner.active && inner.setKinds([...kinds].map(String)),
    refresh: () => inner.active && inner.refresh(),
    clear() {
      if (!inner.active) return;
      unsubscribe.splice(0).forEach((off) => off());
      inner.clear();
      if (handles.get(element) === handle) handles.delete(element);
    },
  };
  handles.set(element, handle);
  return handle;
}

/** The live handle of an element annotated by any of the three ways in, or null. */
export function getAnnotation(element) {
  return handles.get(element) ?? null;
}

/** Options from `data-*` attributes (data-kinds, data-theme, data-exclude, data-panel, data-strings, data-watch). */
export function optionsFromDataset(el) {
  const d = el.dataset;
  const options = {};
  if (d.kinds) options.kinds = d.kinds.split(/[\s,]+/).filter(Boolean);
  if (d.theme) options.theme = d.theme;
  if (d.exclude !== undefined) options.exclude = d.exclude;
  if (d.panel) options.panel = d.panel;
  if (d.watch !== undefined) options.watch = d.watch !== 'false';
  if (d.jsonLd !== undefined) options.jsonLd = d.jsonLd !== 'false';
  if (d.strings) {
    try {
      options.strings = JSON.parse(d.strings);
    } catch {
      console.error('claimlens: data-strings is not valid JSON; using the default wording');
    }
  }
  return options;
}

/** `<claim-lens>`: annotates its own children while it is in the document. */
class ClaimLensElement extends HTMLElement {
  connectedCallback() {
    const start = () => {
      if (!this.isConnected || handles.has(this)) return;
      annotate(this, optionsFromDataset(this)).catch(reportUnlessBlocked);
    };
    // While the page is still being parsed (this module loaded `async`), the
    // element's children may not all be there yet: wait for the whole page.
    // Otherwise annotate after the current task, so children inserted with it
    // are present.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true });
    } else {
      queueMicrotask(start);
    }
  }

  disconnectedCallback() {
    handles.get(this)?.clear();
  }
}

function reportUnlessBlocked(error) {
  // The CSP case was already reported once, clearly.
  if (error?.name !== 'ClaimlensBlockedError') console.error(error);
}

/** Script-tag auto mode: `data-auto` on this module's own <script>. */
function autoStart() {
  const script = [...document.querySelectorAll('script[src]')].find((s) => s.src === import.meta.url);
  if (!script || !('auto' in script.dataset)) return;
  const run = () => {
    const selector = script.dataset.target || 'article';
    const options = optionsFromDataset(script);
    for (const el of document.querySelectorAll(selector)) {
      annotate(el, options).catch(reportUnlessBlocked);
    }
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run, { once: true });
  } else {
    run();
  }
}

if (typeof document !== 'undefined') {
  const auto = [...document.querySelectorAll('script[src]')].some((s) => s.src === import.meta.url && 'auto' in s.dataset);
  if ((auto || document.querySelector('claim-lens')) && wasmAllowed()) {
    wasmResponse = fetch(WASM);
    importGlue().catch(() => {}); // a failure surfaces when load() awaits it
    // Loaded `async`, this module runs while the page is still being parsed:
    // use the wait to compile the wasm and initialise the engine (its tagger
    // weights), so the annotation at DOMContentLoaded starts warm.
    if (document.readyState === 'loading') {
      load().then((glue) => glue.prepare()).catch(() => {}); // annotate() reports failures
    }
  }
}
if (typeof customElements !== 'undefined' && !customElements.get('claim-lens')) {
  customElements.define('claim-lens', ClaimLensElement);
}
if (typeof document !== 'undefined') autoStart();
