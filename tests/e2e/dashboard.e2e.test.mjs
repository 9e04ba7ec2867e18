// The dashboard in a real Chromium: the evidence list (search, filters, detail with highlighted
// phrases and the rule, notes, delete + undo), the per-case overview, the printable report (print
// media, PDF, screenshot), bundle export → verification (intact, then one changed byte named), backup
// → restore, hostile backups refused, and a family member's bundle imported as third-party evidence.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import { ROOT, launchWithExtension, requestFromPage, startFixtureServer } from './harness.mjs';

const OUT = join(ROOT, '.tmp', 'dashboard-e2e');
mkdirSync(OUT, { recursive: true });

let server;
let ext;
let page;

// Beijing 2025-06-19 23:14 = 15:14 UTC: a night-time threat.
const NIGHT = Date.UTC(2025, 5, 19, 15, 14);
const DAY = Date.UTC(2025, 5, 20, 2, 5);
const messages = [
  { numberRaw: '+86 171-2875-3039', direction: 'in', at: NIGHT, atPrecision: 'min', text: '再不还款我们就通知你通讯录里所有的人，<b>后果自负</b>！' },
  { numberRaw: '+86 171-2875-3039', direction: 'in', at: NIGHT + 60_000, atPrecision: 'min', text: '你这个老赖，明天我们的人上门找你家人处理。' },
  { numberRaw: '10690057741', direction: 'in', at: DAY, atPrecision: 'min', text: '【融e贷】您好，您本月应还款1045.67元已逾期，请于3日内还款。' },
  { numberRaw: '13800138000', direction: 'in', at: DAY + 3_600_000, atPrecision: 'min', text: '周末一起吃饭吗？' },
];
const calls = Array.from({ length: 8 }, (_, i) => ({ numberRaw: '+86 171-2875-3039', direction: i < 4 ? 'in' : 'missed', at: DAY + i * 600_000, durationSec: i < 4 ? 30 : 0 }));

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  page = await ext.openExtensionPage('dashboard.html#/evidence');
  const saved = await requestFromPage(page, 'evidence/save', { source: 'manual', messages, calls });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  // A screenshot kept with the first message (the capture engineer's attachments/add).
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  const added = await requestFromPage(page, 'attachments/add', { name: '截图.png', type: 'image/png', base64: png, recordId: saved.value.addedIds[0] });
  assert.equal(added.ok, true, JSON.stringify(added));
  await page.reload();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

test('one list of messages and calls: search, filters, detail with phrase, why and hash', async () => {
  const list = page.getByTestId('evidence-list');
  await list.waitFor();
  await page.getByTestId('shown-count').getByText('显示 12 / 12 条').waitFor();
  // Markup inside a message is text.
  await page.getByText('再不还款我们就通知你通讯录里所有的人，<b>后果自负</b>！').waitFor();
  assert.equal(await list.locator('b').count(), 0);

  await page.getByTestId('search').fill('通讯录');
  await page.getByTestId('shown-count').getByText('显示 1 / 12 条').waitFor();
  await page.getByTestId('search').fill('');
  await page.getByTestId('filter-kind').selectOption('call-missed');
  await page.getByTestId('shown-count').getByText('显示 4 / 12 条').waitFor();
  await page.getByTestId('filter-kind').selectOption('');
  // Violation filter: the worker's classification must have arrived.
  await page.getByTestId('filter-violation').selectOption('threat');
  await page.waitForFunction(() => /显示 [12] \/ 12 条$/.test(document.querySelector('[data-testid=shown-count]')?.textContent ?? ''), null, { timeout: 90_000 });
  await page.getByTestId('filter-violation').selectOption('');

  // Keyboard: focus the grid, move down, open with Enter.
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('record-detail');
  await detail.waitFor();
  assert.match((await detail.getByTestId('record-hash').textContent()) ?? '', /^[0-9a-f]{64}$/);

  await page.getByTestId('search').fill('通讯录');
  await page.locator('[data-testid=evidence-list] [role=row]').first().click();
  await detail.getByText('爆通讯录/公开曝光').first().waitFor();
  await detail.getByTestId('record-files').getByText('截图.png').waitFor();
  await page.screenshot({ path: join(OUT, 'evidence-detail.png') });
  await page.setViewportSize({ width: 400, height: 900 });
  await page.screenshot({ path: join(OUT, 'evidence-detail-narrow.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.ok((await detail.locator('[data-testid=record-text] mark').count()) >= 1, 'the phrase is highlighted');
  await detail.getByText('为什么').first().waitFor();
  // Notes are editable and saved through evidence/annotate; the text is not editable.
  assert.equal(await detail.locator('[data-testid=record-text] textarea, [data-testid=record-text] input').count(), 0);
  await detail.getByLabel('备注').fill('凌晨收到，已截图');
  await detail.getByRole('button', { name: '保存标注' }).click();
  await detail.getByText('已保存').waitFor();
  const id = await page.locator('[data-testid=evidence-list] [role=row]').first().getAttribute('data-record-id');
  const stored = await page.evaluate(async (id) => {
    const open = indexedDB.open('anning');
    const db = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
    return new Promise((ok) => (db.transaction('messages').objectStore('messages').get(id).onsuccess = (e) => ok(e.target.result)));
  }, id);
  assert.equal(stored.notes, '凌晨收到，已截图');
  await page.getByTestId('search').fill('');
});

test('delete asks first and can be undone', async () => {
  await page.goto(ext.extensionUrl('dashboard.html#/evidence?q=%E5%90%83%E9%A5%AD'));
  await page.getByTestId('shown-count').getByText('显示 1 / 12 条').waitFor();
  await page.locator('[data-testid=evidence-list] [role=row]').first().click();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '删除这条证据' }).click();
  await page.getByTestId('notice').getByText('已删除 1 条。').waitFor();
  assert.equal((await requestFromPage(page, 'evidence/counts', {})).value.messages, 3);
  await page.getByTestId('notice').getByRole('button', { name: '撤销' }).click();
  await page.getByTestId('notice').getByText('已恢复。').waitFor();
  assert.equal((await requestFromPage(page, 'evidence/counts', {})).value.messages, 4);
});

test('overview: totals, violations with counts, contacts per day and the day-by-hour heat map', async () => {
  await page.goto(ext.extensionUrl('dashboard.html#/overview'));
  // Nothing is backed up yet: every page but the backup page says so.
  await page.getByTestId('backup-reminder').getByText(/有 12 条证据还没有备份/).waitFor();
  const overview = page.getByTestId('case-overview');
  await overview.waitFor({ timeout: 20_000 });
  const counts = page.getByTestId('violation-counts');
  await counts.getByText('威胁恐吓').waitFor();
  await counts.getByText('夜间催收（22:00–08:00）').waitFor();
  await counts.getByText('催收过于频繁').waitFor(); // 8 calls in one day, over the 6-attempt threshold
  await page.getByTestId('day-chart').waitFor();
  const heat = page.getByTestId('heatmap');
  await heat.waitFor();
  // 23:00 Beijing on 06-19 holds the night-time collection messages; 00:00–07:00 that day nothing.
  assert.ok(Number((await heat.locator('tbody tr').first().locator('td').nth(23).textContent())?.trim()) >= 1);
  assert.equal((await heat.locator('tbody tr').first().locator('td').nth(3).textContent())?.trim(), '');
  await page.setViewportSize({ width: 380, height: 800 });
  await page.screenshot({ path: join(OUT, 'overview-narrow.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the printable report: summary, rules with citations, verbatim texts, hash manifest', async () => {
  const report = await ext.openExtensionPage('report.html#');
  await report.getByTestId('report-evidence').waitFor();
  const text = await report.locator('article').innerText();
  assert.match(text, /催收骚扰证据报告/);
  assert.match(text, /再不还款我们就通知你通讯录里所有的人，<b>后果自负<\/b>！/);
  assert.match(text, /《中华人民共和国民法典》第1033条第（一）项|《中华人民共和国民法典》/);
  assert.match(text, /sha256sum -c SHA256SUMS/);
  const hashes = await report.locator('[data-testid=report-manifest] tbody tr').count();
  assert.equal(hashes, 12);
  await report.emulateMedia({ media: 'print' });
  assert.equal(await report.locator('.rp-bar').isVisible(), false, 'the toolbar is not printed');
  await report.screenshot({ path: join(OUT, 'report-print.png'), fullPage: true });
  const pdf = await report.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(OUT, 'report.pdf'), pdf);
  assert.ok(pdf.length > 10_000);
  await report.close();
});

let bundlePath;
test('export a bundle → verify: all intact; one changed byte names exactly that record', async () => {
  await page.goto(ext.extensionUrl('dashboard.html#/evidence'));
  await page.getByTestId('shown-count').getByText('显示 12 / 12 条').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
  bundlePath = join(OUT, 'bundle.zip');
  await download.saveAs(bundlePath);
  await page.getByTestId('notice').getByText(/证据包已生成/).waitFor();

  await page.goto(ext.extensionUrl('dashboard.html#/settings'));
  await page.getByTestId('verify-file').setInputFiles(bundlePath);
  await page.getByTestId('verify-result').getByText(/全部完好：\d+ 个文件、12 条记录/).waitFor();

  const files = unzipSync(readFileSync(bundlePath));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  const lines = new TextDecoder().decode(files['records.jsonl']).split('\n');
  lines[5] = lines[5].replace(/"at":(\d)/, (_m, d) => `"at":${(Number(d) + 1) % 10}`);
  files['records.jsonl'] = new TextEncoder().encode(lines.join('\n'));
  const tampered = join(OUT, 'bundle-tampered.zip');
  writeFileSync(tampered, zipSync(files));
  await page.getByTestId('verify-file').setInputFiles(tampered);
  const result = page.getByTestId('verify-result');
  await result.getByText(/发现改动/).waitFor();
  const named = await result.locator('tr[data-record-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-record-id')));
  assert.deepEqual(named, [manifest.records[5].id]);

  // The offline verifier inside the bundle says the same, opened from disk with no network.
  const verifyPage = await ext.context.newPage();
  const verifyHtml = join(OUT, 'verify.html');
  writeFileSync(verifyHtml, files['verify.html']);
  await verifyPage.goto(`file://${verifyHtml}`);
  await verifyPage.locator('#pick').setInputFiles(bundlePath);
  await verifyPage.locator('#out .ok').waitFor();
  await verifyPage.locator('#pick').setInputFiles(tampered);
  await verifyPage.locator('#out .bad').waitFor();
  assert.match(await verifyPage.locator('#out').innerText(), new RegExp(manifest.records[5].id));
  await verifyPage.close();
});

test('backup → restore merges; hostile backups change nothing', async () => {
  await page.goto(ext.extensionUrl('dashboard.html#/settings'));
  await page.getByTestId('backup-state').getByText(/有 12 条证据还没有备份/).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup').click()]);
  const backupPath = join(OUT, 'backup.json');
  await download.saveAs(backupPath);
  await page.getByTestId('backup-state').getByText('全部证据都已备份。').waitFor();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  assert.equal(backup.format, 'anning-backup');
  assert.equal(backup.tables.messages.length + backup.tables.calls.length, 12);

  await page.getByTestId('restore-file').setInputFiles(backupPath);
  await page.getByTestId('restore-status').getByText(/新增短信 0 条、通话 0 条.*12 条已存在/).waitFor();

  const hostile = structuredClone(backup);
  hostile.tables.messages[0].id = '<img src=x onerror=alert(1)>';
  hostile.tables.messages.push({ ...backup.tables.messages[1], id: 'm_' + 'a'.repeat(32) });
  const hostilePath = join(OUT, 'hostile.json');
  writeFileSync(hostilePath, JSON.stringify(hostile));
  await page.getByTestId('restore-file').setInputFiles(hostilePath);
  await page.getByTestId('restore-status').getByText(/没有导入：备份内容不正确/).waitFor();
  const broken = join(OUT, 'broken.json');
  writeFileSync(broken, '{"format":"anning-backup","version":1,"tables":');
  await page.getByTestId('restore-file').setInputFiles(broken);
  await page.getByTestId('restore-status').getByText(/没有导入：文件不是有效的 JSON/).waitFor();
  assert.deepEqual((await requestFromPage(page, 'evidence/counts', {})).value, { messages: 4, calls: 8 });
});

test("a family member's bundle is imported as third-party evidence", async () => {
  const ids = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(bundlePath))['manifest.json'])).records.map((r) => r.id);
  const del = await requestFromPage(page, 'export/delete', { ids, description: 'e2e' });
  assert.equal(del.value.deleted, 12);
  await page.getByTestId('family-owner').selectOption('family');
  await page.getByTestId('family-file').setInputFiles(bundlePath);
  await page.getByTestId('family-status').getByText(/导入完成：新增短信 4 条、通话 8 条/).waitFor();
  const owners = await page.evaluate(async () => {
    const open = indexedDB.open('anning');
    const db = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
    return new Promise((ok) => (db.transaction('messages').objectStore('messages').getAll().onsuccess = (e) => ok(e.target.result.map((r) => r.owner))));
  });
  assert.deepEqual([...new Set(owners)], ['family']);
  await page.goto(ext.extensionUrl('dashboard.html#/overview'));
  await page.getByTestId('violation-counts').getByText('骚扰第三方').waitFor({ timeout: 20_000 });
});

test('the extension made no network request beyond the fixture server', () => {
  // The bundle's own verify.html was opened from disk on purpose (file://); nothing else is allowed.
  assert.deepEqual(ext.foreignRequests(server.origin).filter((u) => !u.startsWith('file:///')), []);
});
