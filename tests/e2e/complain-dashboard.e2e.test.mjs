// A user with stored evidence goes from the dashboard to filled 黑猫投诉, 12321 and NIFA forms in a
// few clicks: make a case, put the collector's numbers in it, open the channel the advice names, and
// fill. The portals are our fixture pages served under the real host names (intercepted in the
// browser, never fetched from the network), so the extension recognises them exactly as in the field.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, launchWithExtension, requestFromPage, shadowClick, startFixtureServer, waitForShadowText } from './harness.mjs';

const HOST = 'anning-complain';
const bj = (y, mo, d, h, mi) => Date.UTC(y, mo - 1, d, h - 8, mi);
let server;
let ext;
const served = new Set();

// Real portal hosts → our fixture directories.
const PORTALS = {
  'tousu.sina.com.cn': 'heimao',
  'www.12321.cn': '12321-call',
  'jubao.nifa.org.cn': 'nifa',
};

async function routePortals(context) {
  await context.route(/^https:\/\/(tousu\.sina\.com\.cn|www\.12321\.cn|jubao\.nifa\.org\.cn)\//, async (route) => {
    const url = new URL(route.request().url());
    const dir = PORTALS[url.hostname];
    const file = url.pathname.includes('/lib/') ? join(FIXTURES, 'portals/lib', url.pathname.split('/lib/')[1])
      : url.pathname.endsWith('spec.js') ? join(FIXTURES, 'portals', dir, 'spec.js')
      : url.pathname.endsWith('.css') ? join(FIXTURES, 'portals/lib/style.css')
      : join(FIXTURES, 'portals', dir, 'index.html');
    served.add(url.href);
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    await route.fulfill({ status: 200, contentType: type, body: await readFile(file) });
  });
}

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  await routePortals(ext.context);
  // Evidence captured earlier, not yet in any case.
  const dash = await ext.openExtensionPage('dashboard.html');
  const r = await requestFromPage(dash, 'evidence/save', {
    source: 'manual',
    messages: [
      { numberRaw: '171 2875 3039', direction: 'in', at: bj(2026, 2, 1, 22, 45), atPrecision: 'min', text: '再不还款就通知你通讯录里所有的人，后果自负！' },
      { numberRaw: '162 4034 9523', direction: 'in', at: bj(2026, 2, 2, 9, 0), atPrecision: 'min', text: '你的欠款已逾期，我司已向法院起诉并立案，马上派人上门。' },
    ],
    calls: [9, 10, 11, 12, 13, 14, 15].map((h, i) => ({ numberRaw: '162 4034 9523', direction: i % 2 ? 'missed' : 'in', at: bj(2026, 2, 2, h, 5), atPrecision: 's', durationSec: i % 2 ? 0 : 40 })),
  });
  assert.equal(r.ok, true);
  await dash.close();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function fillPortal(page) {
  await shadowClick(page, HOST, '安宁：用证据填写投诉');
  await waitForShadowText(page, HOST, /共 \d+ 个字段/);
  await shadowClick(page, HOST, '填写表单');
  await waitForShadowText(page, HOST, /填写结果：\d+ 项已填写/, 20_000);
  await page.waitForTimeout(400);
  return page.evaluate(() => ({ state: window.__state(), failing: window.__validate(), submitted: window.__submitted, spec: window.PORTAL_SPEC }));
}

test('dashboard → case → advice → 黑猫投诉, 12321 and NIFA filled', async () => {
  const dash = await ext.openExtensionPage('dashboard.html#/cases');
  // 1. A case for the lender.
  await dash.getByLabel('平台或公司名称（尽量写公司全称）').fill('某某网络小额贷款有限公司');
  await dash.getByLabel('平台类型').selectOption('microloan');
  await dash.getByLabel('目前逾期金额（元）').fill('3650.5');
  await dash.getByRole('button', { name: '保存案件' }).click();
  await dash.waitForURL(/#\/cases\?id=\d+/);
  // 2. The collector's numbers go into it (two clicks).
  await dash.getByRole('button', { name: '归入 171 2875 3039' }).click();
  await dash.getByText(/已归入 1 条记录/).waitFor();
  await dash.getByRole('button', { name: '归入 162 4034 9523' }).click();
  await dash.getByText(/已归入 8 条记录/).waitFor();
  await dash.getByTestId('case-evidence').getByText(/来电 7 次（接通 4），催收短信 2 条/).waitFor();
  // 3. The user's own details, for the forms that need a real name.
  await dash.getByLabel('姓名').fill('张三');
  await dash.getByLabel('手机号码').fill('13800138000');
  await dash.getByLabel('身份证号').fill('110101199001011234');
  await dash.getByRole('button', { name: '保存我的信息' }).click();
  await dash.getByText('已保存。').last().waitFor();

  // 4. Channel advice: lender first for a micro-lender, then its regulator; threats → police.
  const advice = dash.getByTestId('channel-advice');
  const text = await advice.innerText();
  assert.ok(text.indexOf('借贷平台自己的客服') < text.indexOf('地方金融管理局'), text);
  assert.match(text, /110/);

  for (const [site, link, check] of [
    ['黑猫投诉', '写投诉：黑猫投诉', (s) => { assert.equal(s.company, '某某网络小额贷款有限公司'); assert.match(s.details, /来电7次/); assert.equal(s.amount, '3650.50'); assert.equal(s.mobile, '13800138000'); }],
    ['12321 网络不良与垃圾信息举报', '写投诉：12321 网络不良与垃圾信息举报', (s) => { assert.equal(s.sms_phone, '16240349523'); assert.equal(s.bad_type, '4'); assert.equal(s.w_code, ''); }],
    ['中国互联网金融协会举报平台', '写投诉：中国互联网金融协会举报平台', (s) => { assert.equal(s.name, '张三'); assert.equal(s.idcard, '110101199001011234'); assert.equal(s.org, '某某网络小额贷款有限公司'); }],
  ]) {
    await dash.goto(dash.url().replace(/#.*/, '#/cases') + `?id=1`);
    await dash.getByTestId('channel-advice').getByRole('link', { name: link }).click();
    await dash.getByTestId('draft-editor').waitFor();
    const [portal] = await Promise.all([
      ext.context.waitForEvent('page'),
      dash.getByRole('link', { name: `打开${site}并填写` }).click(),
    ]);
    await portal.waitForLoadState('domcontentloaded');
    const { state, failing, submitted, spec } = await fillPortal(portal);
    check(state);
    const userKeys = spec.fields.filter((f) => f.expect === 'user').map((f) => f.key);
    assert.deepEqual(failing.filter((k) => !userKeys.includes(k)), [], `${site}: ${JSON.stringify(state)}`);
    assert.equal(submitted, 0);
    await portal.close();
  }
  await dash.close();
});

test('drafts are editable and saved; the letter and the police report have a print view', async () => {
  const dash = await ext.openExtensionPage('dashboard.html#/complaints?case=1&kind=heimao');
  const demand = dash.locator('[data-field=demand]');
  await demand.waitFor();
  await demand.fill('立即停止骚扰我和我的家人。');
  await dash.getByRole('button', { name: '保存草稿' }).click();
  await dash.getByText('草稿已保存。').waitFor();
  await dash.reload();
  await dash.locator('[data-field=demand]').waitFor();
  assert.equal(await dash.locator('[data-field=demand]').inputValue(), '立即停止骚扰我和我的家人。');
  // Details show their count against the portal's limit.
  assert.match(await dash.getByTestId('draft-editor').innerText(), /\d+ \/ 1500 字/);

  await dash.goto(dash.url().replace(/#.*/, '#/complaints?case=1&kind=letter'));
  await dash.locator('[data-field=body]').waitFor({ timeout: 5000 }).catch(async (e) => { throw new Error(`${e.message}\n${await dash.locator('main').innerText()}`); });
  assert.match(await dash.locator('[data-field=body]').inputValue(), /以书面形式/);
  // What the browser prints: the print view, present when print() is called.
  await dash.evaluate(() => { window.print = () => { window.__printed = document.querySelector('[data-testid=print-view]')?.innerText ?? ''; }; });
  await dash.getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await dash.waitForFunction(() => typeof window.__printed === 'string');
  assert.match(await dash.evaluate(() => window.__printed), /协商还款申请书[\s\S]*以书面形式/);
  // After printing, the editor is back.
  await dash.locator('[data-field=body]').waitFor();

  await dash.goto(dash.url().replace(/#.*/, '#/complaints?case=1&kind=police'));
  await dash.locator('[data-field=body]').waitFor();
  const police = await dash.locator('[data-field=body]').inputValue();
  assert.match(police, /报案材料/);
  assert.match(police, /治安管理处罚法》（2025年修订）第50条/);
  await dash.close();
});

test('tracking: record a complaint by hand, mark it answered', async () => {
  const dash = await ext.openExtensionPage('dashboard.html#/complaints?case=1&kind=heimao');
  const track = dash.getByTestId('tracking');
  await track.getByText('手动添加一条记录').click();
  await track.getByLabel('渠道').selectOption('nifa');
  await track.getByLabel('投诉编号').last().fill('JB-2026-0001');
  await track.getByRole('button', { name: '添加' }).click();
  // Newest first: the record just added heads the list.
  const row = track.locator('tbody tr').first();
  await dash.waitForFunction(() => document.querySelector('[data-testid=tracking] tbody tr input')?.value === 'JB-2026-0001');
  assert.match(await row.innerText(), /中国互联网金融协会举报平台/);
  assert.match(await row.innerText(), /安宁的跟进提醒|渠道规定/);
  await row.getByLabel('状态').selectOption('answered');
  await row.getByLabel('答复内容').fill('平台已同意停止催收并分期');
  await row.getByRole('button', { name: '保存' }).click();
  await row.getByText('✓').waitFor();
  const stored = await requestFromPage(dash, 'complaints/draft', { caseId: 1, kind: 'xinfang' });
  // The escalation draft now lists the earlier complaint and its answer.
  assert.match(stored.value.fields.details, /JB-2026-0001/);
  await dash.close();
});

test('nothing left the machine: the portals were served from our fixtures', () => {
  const foreign = ext.foreignRequests(server.origin).filter((u) => !served.has(u));
  assert.deepEqual(foreign, []);
  assert.ok(served.size >= 3);
});
