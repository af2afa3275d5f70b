// A static server on 127.0.0.1 for the bench: routes map a URL prefix to a
// folder (prefix ends in /) or a single file.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Resolves a request path through `routes`, longest prefix first; null if none. */
function resolve(routes, pathname) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    const target = routes[prefix];
    if (!prefix.endsWith('/') || prefix === '/') {
      if (pathname === prefix) return target;
      continue;
    }
    if (pathname.startsWith(prefix)) {
      const file = path.join(target, pathname.slice(prefix.length));
      return file.startsWith(target) ? file : null;
    }
  }
  return null;
}

/** Serves `routes` on an ephemeral port; resolves to { url, close }. */
export async function serve(routes) {
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    let file = resolve(routes, decodeURIComponent(pathname));
    try {
      if (!file) throw new Error('no route');
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
