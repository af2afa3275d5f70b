// Page-level measurements for the bench: navigation → highlights painted, and
// the longest main-thread task while analysing a long article.

/** Init script: marks `cl-bench-highlights-painted` once `selector` matches and
 * the frame that shows it has been produced: a user-blocking task posted from
 * the frame's rAF callback runs right after that frame's paint, ahead of the
 * page's ordinary tasks (a plain `setTimeout` there queued behind them, so the
 * mark also counted whatever the page had scheduled for after the paint). */
function paintedMarkScript(selector) {
  return `(() => {
    let done = false;
    const check = () => {
      if (done || !document.querySelector(${JSON.stringify(selector)})) return;
      done = true;
      const mark = () => performance.mark('cl-bench-highlights-painted');
      requestAnimationFrame(() => (globalThis.scheduler?.postTask
        ? scheduler.postTask(mark, { priority: 'user-blocking' })
        : setTimeout(mark, 0)));
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true });
  })();`;
}

/** Milliseconds from navigation start to highlights painted, over `loads` cold
 * loads (a fresh browser context each time: empty HTTP and code caches). */
export async function navigationTimes(browser, url, selector, loads) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(paintedMarkScript(selector));
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('cl-bench-highlights-painted').length > 0,
      null, { timeout: 30_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('cl-bench-highlights-painted')[0].startTime));
    await context.close();
  }
  return times;
}

/** Milliseconds from navigation start to the first contentful paint of the
 * same page with claimlens taken out (its script and preload tags removed on
 * the way to the browser), over `loads` cold loads: what the page alone costs
 * on this machine, the floor under "navigation → highlights". */
export async function pageAloneTimes(browser, url, loads) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<link rel="(?:modulepreload|preload)"[^>]*claimlens[^>]*>/g, '')
        .replace(/<script type="module"[^>]*claimlens\.js[^>]*><\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0,
      null, { timeout: 30_000 });
    const [fcp, marks] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0].startTime,
      document.querySelectorAll('cl-mark').length,
    ]);
    if (marks !== 0) throw new Error('pageAloneTimes: claimlens still ran on the page');
    times.push(fcp);
    await context.close();
  }
  return times;
}

/** A fresh page's first use of the embed's wasm, over `loads` cold loads (a
 * fresh browser context each time): loading it (fetch, compile, instantiate),
 * `prepare()` (the weights decoded, the first code compiled and run) and the
 * first and second `analyze` of `article`, in milliseconds each. */
export async function coldStartTimes(browser, url, article, loads) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/cold.html`);
    runs.push(await page.evaluate(async (text) => {
      const t0 = performance.now();
      const glue = await import('/dist/embed/pkg/claimlens_widget.js');
      await glue.default();
      const t1 = performance.now();
      glue.prepare();
      const t2 = performance.now();
      glue.analyze(text, undefined);
      const t3 = performance.now();
      glue.analyze(text, undefined);
      const t4 = performance.now();
      return { load: t1 - t0, prepare: t2 - t1, first: t3 - t2, second: t4 - t3 };
    }, article));
    await context.close();
  }
  return runs;
}

/** The longest main-thread task while `mode` (analyze | worker | embed, see
 * page.html) handles `article`, 7 times: page set-up first (not counted), then
 * the work in a task of its own. Long Tasks API entries (tasks ≥ 50 ms) that
 * start after the work begins are collected; a synchronous `analyze` call is one
 * task, so its own duration is counted too. */
export async function longTask(browser, url, article, mode, runs = 7, limitMs = 0) {
  const page = await browser.newPage();
  await page.goto(`${url}/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  const available = await page.evaluate((m) => m in globalThis.bench.modes, mode);
  if (!available) { await page.close(); return null; }
  const work = page.evaluate(async ({ text, mode, runs }) => {
    const { prepare, run } = globalThis.bench.modes[mode];
    const entries = [];
    const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const durations = [];
    const starts = [];
    for (let i = 0; i < runs; i++) {
      prepare(text);
      await new Promise((r) => setTimeout(r, 150));
      const t0 = performance.now();
      starts.push(t0);
      await new Promise((r) => setTimeout(async () => { await run(); r(); }, 0));
      durations.push(performance.now() - t0);
    }
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    // Keep only long tasks that began while the work ran (not the set-up).
    const during = entries.filter((e) => starts.some((s, i) => e.startTime >= s - 1 && e.startTime <= s + durations[i]));
    return { durations, longtasks: during.map((e) => e.duration) };
  }, { text: article, mode, runs });
  // A run that exceeds the limit is reported as unfinished; closing the page
  // ends the renderer even while its main thread is blocked.
  const timeout = limitMs > 0
    ? new Promise((r) => setTimeout(() => r(null), limitMs))
    : new Promise(() => {});
  const result = await Promise.race([work.catch(() => null), timeout]);
  await page.close().catch(() => {});
  if (!result) return { mode, finished: false, limit_ms: limitMs, longest_task_ms: null };
  const sorted = [...result.durations].sort((a, b) => a - b);
  const synchronous = mode === 'analyze' ? [sorted[sorted.length - 1]] : [];
  const all = [...result.longtasks, ...synchronous];
  return {
    mode,
    wall_ms: result.durations.map((x) => +x.toFixed(1)),
    wall_median_ms: +sorted[Math.floor(sorted.length / 2)].toFixed(1),
    longtask_entries_ms: result.longtasks.map((x) => +x.toFixed(1)),
    // null: no task of the work reached 50 ms (the Long Tasks API threshold).
    longest_task_ms: all.length ? +Math.max(...all).toFixed(1) : null,
  };
}
