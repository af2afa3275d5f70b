// claimlens analysis off the main thread: a module Worker that runs the same
// wasm `analyze` as the page, so a long article never blocks the page while it
// is analysed. Only the DOM work (reading text, wrapping highlights) stays on
// the main thread.
//
//   const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
//   worker.postMessage({ id: 1, text, options: { claimReviews: [...] } });
//   worker.onmessage = ({ data }) => data.id === 1 && use(data.analysis ?? data.error);
//
// Replies { id, analysis } (plain JSON, the `claimlens analyze` model) or
// { id, error } (a message). With `format: 'json'` it replies { id, json }, the
// analysis as a JSON string: the embed's own path (claimlens.js), because a
// string crosses to the page far more cheaply than a large object graph.
// Loads nothing but the glue and wasm beside it.
import init, { analyze, analyzeJson } from './pkg/claimlens_widget.js';

const ready = init({ module_or_path: new URL('./pkg/claimlens_widget_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  const { id, text, options, format } = data ?? {};
  try {
    await ready;
    if (typeof text !== 'string') throw new TypeError('claimlens worker: text must be a string');
    if (format === 'json') self.postMessage({ id, json: analyzeJson(text, options ?? {}) });
    else self.postMessage({ id, analysis: analyze(text, options ?? {}) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
