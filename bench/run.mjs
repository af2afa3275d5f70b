// The browser half of `cargo xtask bench`: one headless Chromium session that
// measures, on the same texts,
//   - throughput: claimlens wasm `analyze`, wink-nlp (sentences + tokens + POS)
//     and compromise (full parse + .quotations()), interleaved pass by pass,
//     2 warm-up passes then 7 timed ones, median per library;
//   - peak wasm linear memory after the whole corpus;
//   - the longest main-thread task for a 10,000-word article: analyze() on the
//     main thread, in the worker (dist/embed/worker.js) and through the embed's
//     annotate() when they are built; and for a 5 MB article;
//   - navigation → highlights painted on a page, median of 10 cold loads.
//   - cold start: a fresh page's wasm load, prepare() and first analyses.
// Prints one JSON object on stdout; progress goes to stderr.
//
// usage: node bench/run.mjs --dist DIR --corpus DIR [--nav PATH --nav-selector CSS]
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { serve } from './serve.mjs';
import { navigationTimes, pageAloneTimes, longTask, coldStartTimes } from './pages.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WARMUPS = 2;
const PASSES = 7;
const LONG_ARTICLE_WORDS = 10_000;

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const DIST = path.resolve(args.dist ?? 'dist');
const CORPUS = path.resolve(args.corpus ?? 'www/samples');
const log = (...m) => console.error('bench:', ...m);

/** Words as every library's figure is normalised: runs of non-space characters. */
export const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

async function readCorpus(dir) {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map((n) => fs.readFile(path.join(dir, n), 'utf8')));
}

/** Paragraphs of the corpus, in order, until the article has at least `words` words. */
function longArticle(texts, words) {
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim());
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += countWords(p);
  }
  return out.join('\n\n');
}

/** The whole corpus repeated to at least 5 MB (the hostile-input size). */
function hugeArticle(texts) {
  const all = texts.join('\n\n');
  return Array(Math.ceil(5e6 / Buffer.byteLength(all))).fill(all).join('\n\n');
}

async function bundleWink() {
  const outfile = path.join(HERE, 'build', 'wink.js');
  await build({
    entryPoints: [path.join(HERE, 'wink-entry.js')], bundle: true, minify: true, format: 'iife',
    platform: 'browser', outfile, logLevel: 'error',
  });
  return outfile;
}

function sizeOf(bytes) {
  return { raw: bytes.length, gzip9: zlib.gzipSync(bytes, { level: 9 }).length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function throughput(browser, url, texts) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log('page error:', String(e)));
  await page.goto(`${url}/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  const raw = await page.evaluate(async ({ texts, warmups, passes }) => {
    const { libs, memory } = globalThis.bench;
    const memoryBefore = memory.buffer.byteLength;
    const times = Object.fromEntries(Object.keys(libs).map((k) => [k, []]));
    const checks = {};
    // Round-robin so background load hits every library alike.
    for (let pass = 0; pass < warmups + passes; pass++) {
      for (const [name, fn] of Object.entries(libs)) {
        const t0 = performance.now();
        let check = 0;
        for (const t of texts) check += fn(t);
        const ms = performance.now() - t0;
        if (pass >= warmups) times[name].push(ms);
        checks[name] = check;
        await new Promise((r) => setTimeout(r, 0));
      }
    }
    return { times, checks, memoryBefore, memoryPeak: memory.buffer.byteLength };
  }, { texts, warmups: WARMUPS, passes: PASSES });
  await page.close();
  return raw;
}

async function main() {
  const texts = await readCorpus(CORPUS);
  if (!texts.length) throw new Error(`no .txt file in ${CORPUS}`);
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  log(`${texts.length} texts, ${words} words from ${CORPUS}`);
  const winkFile = await bundleWink();
  const compromiseFile = path.join(HERE, 'node_modules/compromise/builds/compromise.js');
  const server = await serve({
    '/dist/': DIST,
    '/build/': path.join(HERE, 'build'),
    '/peers/compromise.js': compromiseFile,
    '/cold.html': path.join(HERE, 'cold.html'),
    '/': path.join(HERE, 'page.html'),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
    // Playwright gives the browser a fresh temporary profile of its own.

  });
  const result = { corpus: CORPUS, files: texts.length, words, warmups: WARMUPS, passes: PASSES };
  try {
    result.chromium = browser.version();
    log('throughput: claimlens, wink-nlp, compromise (this takes a while)…');
    const tp = await throughput(browser, server.url, texts);
    result.libraries = {};
    for (const [name, runs] of Object.entries(tp.times)) {
      const m = median(runs);
      result.libraries[name] = { runs_ms: runs.map((x) => +x.toFixed(2)), median_ms: +m.toFixed(2),
        ms_per_1000_words: +(m / words * 1000).toFixed(4), check: tp.checks[name] };
    }
    result.wasm_memory = { initial_bytes: tp.memoryBefore, peak_bytes: tp.memoryPeak };
    result.peer_sizes = {
      'wink-nlp + wink-eng-lite-web-model (esbuild bundle, minified)': sizeOf(await fs.readFile(winkFile)),
      'compromise (builds/compromise.js)': sizeOf(await fs.readFile(compromiseFile)),
    };

    // The corpus text of median length, as a page's first article.
    const byLength = [...texts].sort((a, b) => countWords(a) - countWords(b));
    const typical = byLength[Math.floor(byLength.length / 2)];
    log(`cold start: a fresh page's first analysis of a ${countWords(typical)}-word article, 10 cold loads…`);
    const cold = await coldStartTimes(browser, server.url, typical, 10);
    result.cold_start = { words: countWords(typical) };
    for (const key of ['load', 'prepare', 'first', 'second']) {
      result.cold_start[`${key}_ms`] = cold.map((r) => +r[key].toFixed(1));
      result.cold_start[`${key}_median_ms`] = +median(cold.map((r) => r[key])).toFixed(1);
    }

    const article = longArticle(texts, LONG_ARTICLE_WORDS);
    log(`long task: a ${countWords(article)}-word article…`);
    result.long_article = { words: countWords(article) };
    for (const mode of ['analyze', 'worker', 'embed']) {
      const m = await longTask(browser, server.url, article, mode);
      if (m) result.long_article[mode] = m;
    }
    const huge = hugeArticle(texts);
    log(`long task: a ${(huge.length / 1e6).toFixed(1)} MB article…`);
    result.huge_article = { bytes: Buffer.byteLength(huge), words: countWords(huge) };
    // One run each, stopped after two minutes: the engine is superlinear on
    // inputs this large (see the perf report), so a run may not finish.
    for (const mode of ['analyze', 'worker', 'embed']) {
      const m = await longTask(browser, server.url, huge, mode, 1, 120_000);
      if (m) result.huge_article[mode] = m;
    }

    if (args.nav) {
      log(`navigation → highlights: ${args.nav}, 10 cold loads…`);
      const times = await navigationTimes(browser, `${server.url}/dist/${args.nav}`, args['nav-selector'], 10);
      const alone = await pageAloneTimes(browser, `${server.url}/dist/${args.nav}`, 10);
      result.navigation = { page: args.nav, selector: args['nav-selector'], loads_ms: times.map((x) => +x.toFixed(1)),
        median_ms: +median(times).toFixed(1),
        page_alone_fcp_ms: alone.map((x) => +x.toFixed(1)), page_alone_fcp_median_ms: +median(alone).toFixed(1) };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });
