// Shared set-up for the end-to-end tests: a static server for dist/ on
// 127.0.0.1 and headless Debian Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';

export const DIST = process.env.CLAIMLENS_DIST ?? path.resolve('dist');
export const SCREENSHOTS = path.resolve('target', 'screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Serves `root` on an ephemeral 127.0.0.1 port; resolves to { url, close }. */
export async function serve(root = DIST, headers = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await fs.readFile(file);
      const extra = typeof headers === 'function' ? headers(url.pathname) : headers;
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Chromium flags that work headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium. */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** A fresh temporary --user-data-dir. */
export async function tempProfile() {
  return fs.mkdtemp(path.join(os.tmpdir(), 'claimlens-chromium-'));
}

/** Collects console errors and uncaught page errors of `page`. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Saves a screenshot under target/screenshots/NAME.png and returns its path. */
export async function screenshot(page, name, options = {}) {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}
