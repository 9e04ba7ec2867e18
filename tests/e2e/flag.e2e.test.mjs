// Flagging in Chromium: numbers in the book are marked on a static page, on a page that adds messages
// later, and inside same-origin frames; the hover card's actions change the book; the page's own
// scripts learn nothing; the badge and popup list what was flagged; the per-site switch and the
// opt-in "all sites" flow work. The flag layer is a closed shadow root, so its state is read the way
// only the extension can: by evaluating in the content script's isolated world over CDP.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchWithExtension, requestFromPage, startFixtureServer } from './harness.mjs';

let server;
let ext;
let dashboard;

/** Evaluates `expression` in our content script's world in every frame of `page`. */
async function isolated(page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && !context.name.startsWith('__playwright')) contexts.set(context.id, context);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  return {
    /** Snapshots of every frame's flag controller: [{ frameId, boxes, stats }]. */
    async snapshots() {
      const out = [];
      for (const c of contexts.values()) {
        const r = await cdp
          .send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.__anningFlag?.isStopped ? { stopped: true } : globalThis.__anningFlag?.snapshot() ?? null)', contextId: c.id, returnByValue: true })
          .catch(() => null);
        const v = r?.result?.value ? JSON.parse(r.result.value) : null;
        if (v) out.push({ frameId: c.auxData.frameId, ...v });
      }
      return out;
    },
    async boxes() {
      return (await this.snapshots()).flatMap((s) => s.boxes ?? []);
    },
    async waitFor(pred, what, timeout = 10_000) {
      const end = Date.now() + timeout;
      let last;
      while (Date.now() < end) {
        last = await this.snapshots();
        if (pred(last)) return last;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 600)}`);
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

/** Clicks a control of the open card with the real mouse (the card is in a closed shadow root). */
async function clickCard(page, probe, name) {
  const [snap] = await probe.waitFor((s) => s[0]?.card?.controls.some((c) => c.name === name), `card control ${name}`);
  const c = snap.card.controls.find((x) => x.name === name);
  await page.mouse.click(c.x, c.y);
}

async function badgeOf(url, expected) {
  const end = Date.now() + 5_000;
  let text;
  while (Date.now() < end) {
    text = await ext.worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return chrome.action.getBadgeText({ tabId: tab.id });
    }, url);
    if (text === expected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return text;
}

const keysOf = (snaps) => [...new Set(snaps.flatMap((s) => s.boxes ?? []).map((b) => `${b.key}:${b.status}`))].sort();

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  dashboard = await ext.openExtensionPage('dashboard.html#/numbers');
  for (const [number, fields] of [
    ['13812345678', { status: 'collector', label: '某某贷催收', tags: ['催收'] }],
    ['+86 171 2875 3039', { status: 'suspected' }],
    ['12368', { status: 'safe', tags: ['法院'] }],
  ]) {
    const r = await requestFromPage(dashboard, 'numbers/save', { number, fields });
    assert.equal(r.ok, true, JSON.stringify(r));
  }
});
after(async () => {
  await ext?.close();
  await server?.close();
});

test('flags the numbers in the book on a static page, by key, and nothing it should skip', async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/static.html'));
  const snaps = await probe.waitFor((s) => s.some((x) => x.stats?.firstPaintAt !== undefined && x.boxes.length >= 3), 'flags');
  // 138 1234 5678 matches +8613812345678; +86-171-2875-3039 matches the virtual number; 12368 is safe.
  // The same number in an input, a textarea, contenteditable, hidden elements, a script and below the
  // scroll box's visible area gets no box; 139 0000 1234 is not in the book.
  assert.deepEqual(keysOf(snaps), ['+8613812345678:collector', '+8617128753039:suspected', '12368:safe']);
  assert.equal(snaps[0].boxes.length, 3);

  // Scrolling the inner scroll box brings its number into view: it is flagged there, clipped to the box.
  await page.evaluate(() => (document.querySelector('.scroller').scrollTop = 1000));
  const scrolled = await probe.waitFor((s) => (s[0]?.boxes.length ?? 0) === 4, 'the scrolled-in number');
  const scroller = await page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('.scroller').getBoundingClientRect())));
  const inner = scrolled[0].boxes.find((b) => b.top > scroller.top && b.key === '+8613812345678');
  assert.ok(inner && inner.bottom <= scroller.bottom + 0.5, 'box stays inside its scroll box');

  // The toolbar badge counts collector + suspected numbers on the page.
  assert.equal(await badgeOf(page.url(), '2'), '2');
  await probe.close();
  await page.close();
});

test('a long text node in columns: every number in view is flagged, not only those of one column', async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/columns.html'));
  await probe.waitFor((s) => (s[0]?.boxes.length ?? 0) > 0, 'first flags');
  // Scrolled into the middle of the columns (a later layout pass, which measures only what is near the
  // window): numbers of all three columns are in view at once.
  await page.evaluate(() => window.scrollTo(0, 2200));
  /** Viewport rects of the numbers in view, measured by the page itself from the text. */
  const inView = await page.evaluate(() => {
    const node = document.getElementById('log').firstChild;
    const range = document.createRange();
    const out = [];
    for (let i = node.data.indexOf('138 1234 5678'); i >= 0; i = node.data.indexOf('138 1234 5678', i + 1)) {
      range.setStart(node, i);
      range.setEnd(node, i + 13);
      const r = range.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight) out.push({ left: Math.round(r.left), top: Math.round(r.top) });
    }
    return out;
  });
  const columnWidth = await page.evaluate(() => document.getElementById('log').clientWidth / 3);
  assert.equal(new Set(inView.map((r) => Math.floor(r.left / columnWidth))).size, 3, 'numbers of all three columns are in view');
  const height = await page.evaluate(() => innerHeight);
  const visibleBoxes = (s) => (s[0]?.boxes ?? []).filter((b) => b.bottom > 0 && b.top < height);
  const snaps = await probe.waitFor((s) => visibleBoxes(s).length >= inView.length, `${inView.length} flags in view`);
  const drawn = new Set(visibleBoxes(snaps).map((b) => `${Math.round(b.left)}:${Math.round(b.top)}`));
  for (const r of inView) assert.ok([...drawn].some((d) => { const [l, t] = d.split(':').map(Number); return Math.abs(l - r.left) <= 2 && Math.abs(t - r.top) <= 2; }), `a flag at ${r.left},${r.top}`);
  await probe.close();
  await page.close();
});

test("the page's own scripts cannot tell which numbers are flagged", async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/static.html'));
  await probe.waitFor((s) => s.some((x) => x.boxes?.length >= 3), 'flags');
  const seen = await page.evaluate(() => {
    const host = document.querySelector('anning-flags');
    return {
      mutations: window.__seen,
      messages: window.__messages,
      highlights: CSS.highlights.size,
      hosts: document.querySelectorAll('anning-flags').length,
      shadowRoot: host?.shadowRoot === null,
      hostChildren: host?.childNodes.length,
      hostAttributes: host ? [...host.attributes].map((a) => a.name) : null,
      hostBox: host ? JSON.parse(JSON.stringify(host.getBoundingClientRect())) : null,
      // Hit-testing the flagged number finds the page's own element, not ours.
      atFlag: (() => {
        const r = document.querySelector('.from').getBoundingClientRect();
        return document.elementFromPoint(r.left + 5, r.top + 5)?.className;
      })(),
      text: document.documentElement.outerHTML.includes('某某贷催收') || document.documentElement.outerHTML.includes('collector'),
      styleSheets: [...document.styleSheets].length,
    };
  });
  assert.equal(seen.highlights, 0, 'no CSS highlights (the page could read their ranges)');
  assert.equal(seen.hosts, 1);
  assert.equal(seen.shadowRoot, true, 'the shadow root is closed');
  assert.equal(seen.hostChildren, 0);
  assert.deepEqual(seen.hostAttributes, ['style']);
  assert.equal(seen.hostBox.width, 0);
  assert.equal(seen.hostBox.height, 0);
  assert.equal(seen.atFlag, 'from');
  assert.equal(seen.text, false);
  // All the page's MutationObserver ever saw is our one empty host: the same with or without flags.
  assert.equal(seen.mutations.length, 1);
  assert.match(seen.mutations[0], /^<anning-flags style="[^"]*"><\/anning-flags>$/);
  assert.equal(seen.styleSheets, 1, "only the page's own style sheet");
  assert.deepEqual(seen.messages, [], 'no window message announces our scripts');
  // Our isolated world's global is not the page's.
  assert.equal(await page.evaluate(() => typeof globalThis.__anningFlag), 'undefined');

  // Control: Chromium's highlight registry IS shared with the page, which is why flags are not highlights.
  assert.equal(await page.evaluate(() => typeof CSS.highlights.keys), 'function');
  await probe.close();
  await page.close();
});

test('the hover card shows the book and its actions update it', async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/static.html'));
  const snaps = await probe.waitFor((s) => s.some((x) => x.boxes?.length >= 3), 'flags');
  const suspected = snaps[0].boxes.find((b) => b.status === 'suspected');
  await page.mouse.move((suspected.left + suspected.right) / 2, (suspected.top + suspected.bottom) / 2);
  const [open] = await probe.waitFor((s) => s[0]?.card?.controls.length >= 5, 'the card');
  assert.equal(open.card.label, '171 2875 3039 · 疑似催收');
  await clickCard(page, probe, '标记为催收');
  await probe.waitFor((s) => s[0].card?.text.includes('已保存'), 'saved');
  let card = await requestFromPage(dashboard, 'numbers/card', { key: '+8617128753039' });
  assert.equal(card.value.entry.status, 'collector');
  await probe.waitFor((s) => s[0].boxes.filter((b) => b.status === 'collector').length === 2, 'recoloured flag');

  await clickCard(page, probe, '添加备注');
  await probe.waitFor((s) => s[0].card?.focused === '添加备注', 'note box focused');
  await page.keyboard.type('自称法务部，说要上门');
  await clickCard(page, probe, '保存备注');
  await probe.waitFor((s) => s[0].card?.controls.some((c) => c.name === '添加备注') && !s[0].card.controls.some((c) => c.name === '保存备注'), 'note saved');
  card = await requestFromPage(dashboard, 'numbers/card', { key: '+8617128753039' });
  assert.match(card.value.entry.notes, /^\[\d{4}-\d\d-\d\d \d\d:\d\d\] 自称法务部，说要上门$/);

  await clickCard(page, probe, '不是催收');
  await probe.waitFor((s) => s[0].boxes.some((b) => b.key === '+8617128753039' && b.status === 'safe'), 'safe flag');
  card = await requestFromPage(dashboard, 'numbers/card', { key: '+8617128753039' });
  assert.equal(card.value.entry.status, 'safe');

  // "Open in Anning" opens the dashboard on that number.
  const opened = ext.context.waitForEvent('page');
  await clickCard(page, probe, '在安宁中打开');
  const tab = await opened;
  await tab.waitForLoadState();
  assert.match(tab.url(), /dashboard\.html#\/numbers\?key=%2B8617128753039$/);
  await tab.getByTestId('number-detail').getByText('171 2875 3039').waitFor();
  await tab.close();

  // Escape closes the card.
  await page.bringToFront();
  await clickCard(page, probe, '关闭');
  await probe.waitFor((s) => !s[0].cardOpen, 'card closed');
  await requestFromPage(dashboard, 'numbers/mark', { number: '+8617128753039', status: 'suspected' });
  await probe.close();
  await page.close();
});

test('keyboard: focusing a message with a flagged number opens the card, Alt+Shift+K enters it', async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/static.html'));
  await probe.waitFor((s) => s.some((x) => x.boxes?.length >= 3), 'flags');
  await page.keyboard.press('Tab');
  await probe.waitFor((s) => s[0]?.cardOpen, 'card on focus');
  await page.keyboard.press('Alt+Shift+K');
  assert.equal(await page.evaluate(() => document.activeElement?.nodeName), 'ANNING-FLAGS');
  assert.equal((await probe.snapshots())[0].card.focused, '标记为催收');
  await page.keyboard.press('Escape');
  await probe.waitFor((s) => !s[0].cardOpen, 'card closed');
  // Focus went back to the message the user was on.
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'msg');
  await probe.close();
  await page.close();
});

test('a page that adds messages later gets them flagged, without rescanning', async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/spa.html'));
  await probe.waitFor((s) => keysOf(s).join() === '+8613812345678:collector', 'the first render');
  const scannedBefore = (await probe.snapshots())[0].stats.numbersFound;
  await page.evaluate(() => window.addMessages([['171-2875-3039', '还钱'], ['95588', '工行提醒'], ['12368', '法院']]));
  const snaps = await probe.waitFor((s) => s[0].boxes.length === 3, 'the added messages');
  assert.deepEqual(keysOf(snaps), ['+8613812345678:collector', '+8617128753039:suspected', '12368:safe']);
  // Only the added text was scanned: three new numbers found, nothing found twice.
  assert.equal(snaps[0].stats.numbersFound - scannedBefore, 3);
  // Text changed in place is re-read.
  await page.evaluate(() => (document.querySelector('#app .msg b').firstChild.data = '12368'));
  await probe.waitFor((s) => s[0].boxes.filter((b) => b.key === '12368').length === 2, 'edited text');
  await probe.close();
  await page.close();
});

test('flags numbers inside same-origin frames, about:blank frames included', async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/frame.html'));
  const snaps = await probe.waitFor((s) => keysOf(s).length === 2, 'frame flags');
  assert.deepEqual(keysOf(snaps), ['+8613812345678:collector', '+8617128753039:suspected']);
  assert.equal(await badgeOf(page.url(), '2'), '2');

  // The popup lists what the tab flagged.
  const tabId = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, page.url());
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  const part = popup.getByTestId('popup-flagged');
  await part.getByText('138 1234 5678').waitFor();
  await part.getByText('171 2875 3039').waitFor();
  // The popup's per-site switch turns flagging off for this site, and back on.
  const off = part.getByRole('checkbox', { name: '在 127.0.0.1 停用号码标记' });
  await off.check();
  await probe.waitFor((s) => s.length > 0 && s.every((x) => x.stopped), 'all frames stopped');
  assert.deepEqual((await requestFromPage(popup, 'flag/settings', {})).value.offHosts, ['127.0.0.1']);
  await off.uncheck();
  await probe.waitFor((s) => keysOf(s).length === 2, 'flags back');
  await popup.close();
  await probe.close();
  await page.close();
});

test('switching a site off removes its flags; switching it back on restores them', async () => {
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(server.url('/flag/static.html'));
  await probe.waitFor((s) => s.some((x) => x.boxes?.length >= 3), 'flags');
  await requestFromPage(dashboard, 'flag/setSite', { host: '127.0.0.1', off: true });
  await probe.waitFor((s) => s.every((x) => x.stopped), 'stopped');
  assert.equal(await page.evaluate(() => document.querySelectorAll('anning-flags').length), 0);
  await page.reload();
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => document.querySelectorAll('anning-flags').length), 0);
  await requestFromPage(dashboard, 'flag/setSite', { host: '127.0.0.1', off: false });
  await probe.waitFor((s) => s.some((x) => x.boxes?.length >= 3), 'flags again');
  await probe.close();
  await page.close();
});

test('"flag on all sites" is opt-in: the permission is asked from the switch', async () => {
  // localhost is an ordinary site in e2e builds: the flag script is not declared for it.
  const port = new URL(server.origin).port;
  const page = await ext.context.newPage();
  const probe = await isolated(page);
  await page.goto(`http://localhost:${port}/flag/static.html`);
  await page.waitForTimeout(800);
  assert.deepEqual(await probe.snapshots(), []);

  const settingsPage = await ext.openExtensionPage('dashboard.html#/numbers');
  const toggle = settingsPage.getByTestId('all-sites');
  await toggle.waitFor();
  assert.equal(await toggle.isChecked(), false);
  // A real click: permissions.request needs the user gesture. Headless Chromium shows its prompt and
  // nobody can answer it from here, so the request stays pending: nothing is granted or registered.
  await toggle.click();
  await settingsPage.getByTestId('flag-status').getByText('请在浏览器弹出的提示中允许安宁读取网站内容。').waitFor();
  await settingsPage.waitForTimeout(1000);
  assert.equal(await ext.worker.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] })), false);
  assert.equal(await toggle.isChecked(), false);
  assert.deepEqual(await ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  // The background refuses to turn it on without the permission, whatever a page asks.
  const r = await requestFromPage(settingsPage, 'flag/setAllSites', { on: true });
  assert.equal(r.value.allSitesActive, false);
  assert.deepEqual(await ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  await requestFromPage(settingsPage, 'flag/setAllSites', { on: false });
  await settingsPage.close();

  // What the background registers once the permission is granted (utils/flag/settings.ts), made here
  // directly: e2e builds hold host access to localhost, so the registered copy runs there.
  await ext.worker.evaluate(async () => {
    const flag = chrome.runtime.getManifest().content_scripts.find((c) => c.js.includes('content-scripts/flag.js'));
    await chrome.scripting.registerContentScripts([
      { id: 'anning-flag-all-sites', js: ['content-scripts/flag.js'], matches: ['<all_urls>'], excludeMatches: flag.matches, allFrames: true, matchOriginAsFallback: true, runAt: 'document_idle', persistAcrossSessions: false },
    ]);
  });
  await page.reload();
  await probe.waitFor((s) => keysOf(s).length === 3, 'flags on an ordinary site');
  // On a product site both copies could match: it still runs once (one host element).
  const product = await ext.context.newPage();
  await product.goto(server.url('/flag/static.html'));
  await product.waitForTimeout(800);
  assert.equal(await product.evaluate(() => document.querySelectorAll('anning-flags').length), 1);
  await product.close();
  // Turning the setting off (permission absent) removes the registration.
  await requestFromPage(dashboard, 'flag/settings', {});
  assert.deepEqual(await ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  await probe.close();
  await page.close();
});

test('the number book in the dashboard: add, list import with a bad line, suggestions', async () => {
  const page = await ext.openExtensionPage('dashboard.html#/numbers');
  await page.getByRole('button', { name: '添加号码' }).click();
  const form = page.getByTestId('number-form');
  await form.getByLabel('号码').fill('021-6123 4567');
  await form.getByLabel('名称 / 标签').fill('某某贷外包');
  await form.getByRole('button', { name: '保存' }).click();
  await page.getByTestId('number-table').locator('tr[data-key="+862161234567"]').waitFor();

  // A list with a bad line is rejected whole, naming the line.
  await page.getByTestId('list-file').setInputFiles({ name: 'bad.txt', mimeType: 'text/plain', buffer: Buffer.from('13512345678 # 甲\n这不是号码\n') });
  assert.equal(await page.getByTestId('list-error').textContent(), '第 2 行：“这不是号码”不是电话号码');
  await page.getByTestId('list-file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from('号码,标签\n13512345678,甲\n13612345678,乙\n') });
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByTestId('list-status').getByText('导入完成：新增 2，更新 0，未变 0。').waitFor();
  await page.getByTestId('number-table').locator('tr[data-key="+8613512345678"]').waitFor();

  // Evidence from a number not in the book, classified as collection, makes it a suggestion.
  const saved = await requestFromPage(page, 'evidence/save', {
    source: 'manual',
    messages: [{ numberRaw: '165 1234 5678', direction: 'in', at: Date.UTC(2025, 5, 19, 14, 14), atPrecision: 'min', atRaw: '', text: '你已逾期，今天不还款就通知你通讯录里所有联系人，后果自负' }],
  });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  await page.reload();
  const suggestions = page.getByTestId('suggestions');
  await suggestions.getByText('165 1234 5678').waitFor();
  await suggestions.getByRole('button', { name: '确认是催收' }).click();
  await page.getByTestId('number-table').locator('tr[data-key="+8616512345678"]').getByText('根据证据推断').waitFor();
  await suggestions.getByText('暂时没有推荐。').waitFor();
  await page.close();
});

test('a list subscription is fetched with ETag, shown with its source and update time, and removable', async () => {
  let version = 1;
  const seen = [];
  server.route('/lists/collectors.txt', (req, res) => {
    seen.push({ inm: req.headers['if-none-match'] ?? null, cookie: req.headers.cookie ?? null, method: req.method });
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', etag });
    res.end(version === 1 ? '! Title: 测试催收清单\n13711112222 # 甲贷\n13711113333 # 乙贷\n' : '! Title: 测试催收清单\n13711112222 # 甲贷\n');
  });
  const page = await ext.openExtensionPage('dashboard.html#/numbers');
  const subs = page.getByTestId('subscriptions');
  await subs.getByRole('textbox').fill(server.url('/lists/collectors.txt'));
  await subs.getByRole('button', { name: '订阅' }).click();
  const item = subs.getByTestId('subscription');
  await item.getByText('测试催收清单').waitFor();
  await item.getByText(/2 个号码 · 最近更新 \d{4}-\d\d-\d\d \d\d:\d\d/).waitFor();
  await page.getByTestId('number-table').locator('tr[data-key="+8613711113333"]').getByText('订阅的清单').waitFor();
  // Unchanged list: a conditional GET answered 304.
  await item.getByRole('button', { name: '立即更新' }).click();
  for (let i = 0; i < 50 && seen.length < 2; i++) await page.waitForTimeout(100);
  assert.deepEqual(seen.slice(0, 2), [
    { inm: null, cookie: null, method: 'GET' },
    { inm: '"v1"', cookie: null, method: 'GET' },
  ]);
  version = 2;
  await item.getByRole('button', { name: '立即更新' }).click();
  await item.getByText(/1 个号码/).waitFor();
  await page.getByTestId('number-table').locator('tr[data-key="+8613711113333"]').waitFor({ state: 'detached' });
  await item.getByRole('button', { name: '取消订阅' }).click();
  await item.waitFor({ state: 'detached' });
  await page.getByTestId('number-table').locator('tr[data-key="+8613711112222"]').waitFor({ state: 'detached' });
  await page.close();
});

test('the background set up the context menu and the list-update alarm', async () => {
  // The menu item exists (update rejects for an unknown id); native menus cannot be clicked headless,
  // so what it does is covered by the unit test of markSelection.
  await ext.worker.evaluate(() => chrome.contextMenus.update('anning-mark-collector', { title: '标记为催收号码 (Anning)' }));
  const alarm = await ext.worker.evaluate(() => chrome.alarms.get('anning-number-lists'));
  assert.equal(alarm.periodInMinutes, 360);
});

test('the extension made no network request beyond the fixture server', () => {
  assert.deepEqual(
    ext.foreignRequests(server.origin).filter((u) => !u.startsWith(`http://localhost:${new URL(server.origin).port}/`)),
    [],
  );
});
