/**
 * Real-browser harness: Debian's Chromium, driven by playwright-core, with the e2e build of the
 * extension loaded, against our own fixture pages served on 127.0.0.1.
 * Every request the browser makes is recorded so tests can assert nothing left the machine.
 */
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const EXTENSION_DIR = join(ROOT, process.env.ANNING_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves tests/fixtures. `routes` maps a path (exact, or a RegExp) to a handler `(req, res, url) => void`
 * for pages that load JSON like the real sites do.
 */
export async function startFixtureServer() {
  const routes = [];
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname + url.search, headers: req.headers });
    for (const { match, handler } of routes) {
      if (typeof match === 'string' ? match === url.pathname : match.test(url.pathname)) return handler(req, res, url);
    }
    const file = normalize(join(FIXTURES, decodeURIComponent(url.pathname)));
    if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    try {
      const path = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    requests,
    route(match, handler) {
      routes.push({ match, handler });
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Launches Chromium with the extension. Returns the context, the extension id and a request log. */
export async function launchWithExtension({ extensionDir = EXTENSION_DIR } = {}) {
  await stat(join(extensionDir, 'manifest.json')).catch(() => {
    throw new Error(`no e2e build at ${extensionDir}: run \`npx wxt build --mode e2e\` first`);
  });
  const userDataDir = await mkdtemp(join(tmpdir(), 'anning-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return {
    context,
    worker,
    extensionId,
    extensionUrl,
    requests,
    /** Opens one of the extension's pages in a new tab. */
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    /** Requests to anywhere but the fixture server and the extension itself. */
    foreignRequests(fixtureOrigin) {
      return requests.filter(
        (u) => !u.startsWith(`${fixtureOrigin}/`) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank',
      );
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Sends a protocol request from an extension page (as the dashboard would). */
export async function requestFromPage(page, type, payload) {
  return page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ anning: 1, type, payload }), [type, payload]);
}
