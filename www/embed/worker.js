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
// { id, error } (a message). With `format: 'parts'` (the embed's own path,
// claimlens.js) `text` may be UTF-8 bytes, and it replies { id, parts }: the
// analysis as a list of UTF-8 JSON parts (src/parts.rs), transferred rather
// than copied, which the page parses a few per task.
// Loads nothing but the glue and wasm beside it.
import init, { analyze, analyzeParts } from './pkg/claimlens_widget.js';

const ready = init({ module_or_path: new URL('./pkg/claimlens_widget_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  const { id, text, options, format } = data ?? {};
  try {
    await ready;
    if (format === 'parts') {
      const source = text instanceof Uint8Array ? new TextDecoder().decode(text) : text;
      if (typeof source !== 'string') throw new TypeError('claimlens worker: text must be a string');
      const encoder = new TextEncoder();
      const parts = analyzeParts(source, options ?? {}).map((part) => encoder.encode(part));
      self.postMessage({ id, parts }, parts.map((part) => part.buffer));
      return;
    }
    if (typeof text !== 'string') throw new TypeError('claimlens worker: text must be a string');
    self.postMessage({ id, analysis: analyze(text, options ?? {}) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
