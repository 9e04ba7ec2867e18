// The foundation path: a content script on a fixture page reports messages, the background seals and
// stores them, the dashboard shows them — and nothing but the fixture server was contacted.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchWithExtension, requestFromPage, shadowClick, startFixtureServer, waitForShadowText } from './harness.mjs';

let server;
let ext;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

test('capture on a web SMS page → stored in the background → shown in the dashboard', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/google-messages/index.html'));
  // The capture bar lives in a closed shadow root: the page can't see it, and neither can locators.
  await shadowClick(page, 'anning-capture', '保存为证据');
  await waitForShadowText(page, 'anning-capture', /已保存 4 条新证据/);

  const dashboard = await ext.openExtensionPage('dashboard.html#/evidence');
  const list = dashboard.getByTestId('evidence-list');
  await list.waitFor();
  // HTML in a message is shown as text, never rendered.
  await dashboard.getByText('再不还款我们就通知你通讯录里所有的人，<b>后果自负</b>！').waitFor();
  assert.equal(await dashboard.locator('[data-testid=evidence-list] b').count(), 0);
  assert.equal(await dashboard.locator('[data-testid=evidence-list] [role=row]').count(), 4);
  // Times are shown in Beijing time: 22:14 on 2025-06-19.
  await dashboard.getByText('2025-06-19 22:14').first().waitFor();

  // The record detail shows its seal.
  await dashboard.locator('[data-testid=evidence-list] [role=row]').first().click();
  const hash = await dashboard.getByTestId('record-detail').getByTestId('record-hash').textContent();
  assert.match(hash ?? '', /^[0-9a-f]{64}$/);

  // Capturing the same conversation again adds nothing.
  await page.reload();
  await shadowClick(page, 'anning-capture', '保存为证据');
  await waitForShadowText(page, 'anning-capture', /已保存 0 条新证据，4 条之前已保存/);
  const counts = await requestFromPage(dashboard, 'evidence/counts', {});
  assert.deepEqual(counts, { ok: true, value: { messages: 4, calls: 0 } });
  await page.close();
  await dashboard.close();
});

test('the background rejects unknown and malformed requests without crashing', async () => {
  const dashboard = await ext.openExtensionPage('dashboard.html');
  const unknown = await requestFromPage(dashboard, 'evidence/nope', {});
  assert.equal(unknown.ok, false);
  assert.equal(unknown.error.code, 'unknown_type');
  const bad = await requestFromPage(dashboard, 'evidence/save', { source: 'manual', messages: [{ numberRaw: '1', direction: 'sideways', at: 1 }] });
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'failed');
  assert.match(bad.error.message, /record 0/);
  const notAnning = await dashboard.evaluate(() => chrome.runtime.sendMessage({ hello: 'world' }));
  assert.equal(notAnning.ok, false);
  // Still answering after all that, and nothing was stored by the bad batch.
  const counts = await requestFromPage(dashboard, 'evidence/counts', {});
  assert.equal(counts.ok, true);
  assert.equal(counts.value.messages, 4);
  await dashboard.close();
});

test("a page's own scripts have no extension messaging", async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/google-messages/index.html'));
  // A page's own script has no extension messaging at all, and can't see into our UI.
  assert.equal(await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage), 'undefined');
  await page.waitForFunction(() => document.querySelector('anning-capture') !== null);
  assert.equal(await page.evaluate(() => document.querySelector('anning-capture').shadowRoot), null);
  await page.close();
});

test('the extension made no network request beyond the fixture server', () => {
  assert.deepEqual(ext.foreignRequests(server.origin), []);
});
