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
    // The product is Chinese first: test it as its users run it (time zone stays the machine's, UTC
    // here, which proves times are shown in Beijing time whatever the machine says).
    locale: 'zh-CN',
    args: [
      '--lang=zh-CN',
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

/**
 * Our in-page UI lives in closed shadow roots, which Playwright's locators (rightly) cannot see.
 * Tests reach it through the DevTools protocol, which pierces closed roots, and act on it with real
 * mouse and keyboard input at the element's position — as a user would.
 */
async function shadowNodes(page, hostTag) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const hosts = [];
    const walk = (n, inHost) => {
      if (n.nodeName?.toLowerCase() === hostTag.toLowerCase() && n.shadowRoots?.length) hosts.push(n.shadowRoots[0]);
      for (const c of n.children ?? []) walk(c, inHost);
      for (const s of n.shadowRoots ?? []) walk(s, inHost);
      if (n.contentDocument) walk(n.contentDocument, inHost);
    };
    walk(root);
    return { cdp, roots: hosts };
  } catch (e) {
    await cdp.detach();
    throw e;
  }
}

const textOfNode = (n) => (n.nodeType === 3 ? n.nodeValue : n.nodeName === 'STYLE' ? '' : (n.children ?? []).map(textOfNode).join(''));
const findAll = (n, pred, out = []) => {
  if (pred(n)) out.push(n);
  for (const c of n.children ?? []) findAll(c, pred, out);
  return out;
};

/** Visible text of every `hostTag` element's closed shadow root, joined. */
export async function shadowText(page, hostTag) {
  const { cdp, roots } = await shadowNodes(page, hostTag);
  await cdp.detach();
  return roots.map(textOfNode).join('\n');
}

/** Waits until the shadow UI's text matches `pattern`. */
export async function waitForShadowText(page, hostTag, pattern, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await shadowText(page, hostTag).catch(() => '');
    if (pattern.test(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`shadow UI <${hostTag}> never matched ${pattern}; last text: ${last.slice(0, 500)}`);
}

/**
 * Clicks the element inside a closed shadow root whose tag is `tag` (default button) and whose text
 * or aria-label contains `name`, with a real mouse click at its centre.
 */
export async function shadowClick(page, hostTag, name, { tag = 'button', timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { cdp, roots } = await shadowNodes(page, hostTag);
    try {
      const attr = (n, a) => {
        const i = (n.attributes ?? []).indexOf(a);
        return i >= 0 ? n.attributes[i + 1] : '';
      };
      const match = roots
        .flatMap((r) => findAll(r, (n) => n.nodeName?.toLowerCase() === tag && (textOfNode(n).includes(name) || attr(n, 'aria-label').includes(name))))
        .at(0);
      if (match) {
        const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: match.backendNodeId });
        const [x1, y1, , , x3, y3] = model.border;
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return;
      }
    } catch {
      // not laid out yet: try again
    } finally {
      await cdp.detach();
    }
    if (Date.now() > deadline) throw new Error(`no <${tag}> "${name}" in <${hostTag}>'s shadow root`);
    await page.waitForTimeout(100);
  }
}
