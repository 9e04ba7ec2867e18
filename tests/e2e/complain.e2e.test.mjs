// The complaint panel on every fixture portal (React-like, Vue-like, jQuery/Validform-like): it
// recognises the form, fills every field it should so that the page's own state and validation see
// the values, leaves captcha / SMS code / password / agreement to the user, and submits nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchWithExtension, requestFromPage, shadowClick, waitForShadowText, startFixtureServer } from './harness.mjs';

const HOST = 'anning-complain';
let server;
let ext;
let caseId;

// 1×1 PNG, standing in for a screenshot the user saved with the case.
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const bj = (y, mo, d, h, mi) => Date.UTC(y, mo - 1, d, h - 8, mi);

export async function seedCase(dashboard) {
  const ok = (r) => {
    assert.equal(r.ok, true, JSON.stringify(r.error));
    return r.value;
  };
  const { id } = ok(await requestFromPage(dashboard, 'complaints/saveCase', {
    name: '某某网络小额贷款有限公司', kind: 'microloan', serviceNumber: '4001234567', loan: { platform: '速借', amount: 3000, overdueAmount: 3650.5 },
  }));
  ok(await requestFromPage(dashboard, 'evidence/save', {
    source: 'manual', caseId: id,
    messages: [
      { numberRaw: '17128753039', direction: 'in', at: bj(2026, 1, 5, 23, 10), atPrecision: 'min', text: '再不还款就通知你通讯录里所有的人，后果自负！' },
      { numberRaw: '16240349523', direction: 'in', at: bj(2026, 1, 6, 7, 30), atPrecision: 'min', text: '你已涉嫌诈骗，我司已向公安机关立案，今天不还款明天就来抓你。' },
    ],
    calls: [8, 9, 10, 11, 12, 13, 14].map((h, i) => ({ numberRaw: '16240349523', direction: i < 4 ? 'in' : 'missed', at: bj(2026, 1, 6, h, i), atPrecision: 's', durationSec: i < 4 ? 30 : 0 })),
  }));
  ok(await requestFromPage(dashboard, 'complaints/saveReporter', { name: '张三', phone: '13800138000', idNumber: '110101199001011234', address: '北京市东城区某街1号' }));
  ok(await requestFromPage(dashboard, 'attachments/add', { name: 'screenshot.png', type: 'image/png', base64: PNG_1PX, caseId: id }));
  return id;
}

before(async () => {
  server = await startFixtureServer();
  server.route('/portals/api/submit', (req, res) => res.writeHead(200).end('{}'));
  ext = await launchWithExtension();
  const dashboard = await ext.openExtensionPage('dashboard.html');
  caseId = await seedCase(dashboard);
  await dashboard.close();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

const PORTALS = ['heimao', '12321-call', '12321-sms', 'nifa', '12378', '12315', 'xinfang'];

async function fillOn(page) {
  await shadowClick(page, HOST, '安宁：用证据填写投诉');
  await waitForShadowText(page, HOST, /共 \d+ 个字段/);
  await shadowClick(page, HOST, '填写表单');
  return waitForShadowText(page, HOST, /填写结果：\d+ 项已填写/, 20_000);
}

for (const portal of PORTALS) {
  for (const fw of ['react', 'vue', 'jquery']) {
    test(`${portal} (${fw}): filled, seen by the page, user fields untouched, nothing submitted`, async () => {
      const page = await ext.context.newPage();
      const dialogs = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(server.url(`/portals/${portal}/?fw=${fw}&wait=2`));
      const text = await fillOn(page);
      // The page re-renders from its own state every 200 ms: read after that.
      await page.waitForTimeout(500);
      const { spec, state, failing, submitted } = await page.evaluate(() => ({
        spec: window.PORTAL_SPEC, state: window.__state(), failing: window.__validate(), submitted: window.__submitted,
      }));
      for (const f of spec.fields) {
        if (f.expect === 'user') {
          const v = state[f.key];
          assert.ok(v === '' || v === false || (Array.isArray(v) && v.length === 0), `${f.key} must stay with the user (got ${JSON.stringify(v)})`);
          continue;
        }
        assert.ok(!failing.includes(f.key), `${portal}/${fw}: the page's validation rejects ${f.key} = ${JSON.stringify(state[f.key])}\n${text}`);
        if (f.wantOption) {
          const idx = f.options.indexOf(f.wantOption);
          assert.equal(state[f.key], f.type === 'select' ? `v${idx}` : String(idx + 1), f.key);
        }
        if (f.type === 'file') assert.ok(state[f.key].some((x) => x.startsWith('anning-summary-1.png')), `${f.key}: ${state[f.key]}`);
      }
      // Only the fields the user must do are still failing.
      const userKeys = spec.fields.filter((f) => f.expect === 'user').map((f) => f.key);
      assert.deepEqual(failing.filter((k) => !userKeys.includes(k)), []);
      if (fw === 'jquery') {
        // The Validform-like checks ran on the page's own (delegated focusout / change) events and passed.
        const tips = await page.evaluate(() => ({ right: document.querySelectorAll('.Validform_right').length, wrong: [...document.querySelectorAll('.Validform_wrong')].map((e) => e.textContent) }));
        assert.deepEqual(tips.wrong, []);
        assert.ok(tips.right >= spec.fields.filter((f) => f.expect === 'fill' && f.type !== 'file').length, JSON.stringify(tips));
      }
      assert.equal(submitted, 0);
      assert.equal(server.requests.filter((r) => r.method === 'POST').length, 0);
      // A page that blocks paste never saw a paste.
      assert.deepEqual(dialogs, []);
      // The panel says what was left for the user.
      assert.match(text, /留给你填/);
      await page.close();
    });
  }
}

test('12321: the reported number, the call time and 欠款催收 come from the stored call; the SMS form gets the SMS verbatim', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/portals/12321-call/?fw=jquery&wait=60'));
  await fillOn(page);
  const call = await page.evaluate(() => window.__state());
  assert.equal(call.sms_phone, '16240349523');
  assert.equal(call.d241, '2026-01-06');
  assert.equal(call.d242, '11:03');
  assert.equal(call.d243, '30');
  assert.equal(call.phone, '13800138000');
  assert.equal(call.w_code, '');
  assert.equal(call.p_code, '');
  // The notice's agree button is still the user's to press.
  assert.equal(await page.locator('#btnAgree').isDisabled(), true);
  await page.goto(server.url('/portals/12321-sms/?fw=jquery'));
  await fillOn(page);
  const sms = await page.evaluate(() => window.__state());
  assert.ok(['再不还款就通知你通讯录里所有的人，后果自负！', '你已涉嫌诈骗，我司已向公安机关立案，今天不还款明天就来抓你。'].includes(sms.text));
  assert.ok(['17128753039', '16240349523'].includes(sms.sender));
  await page.close();
});

test('NIFA: the stored screenshot and the rendered summary are attached within 2 MB each', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/portals/nifa/?fw=vue'));
  await fillOn(page);
  const files = await page.evaluate(() => window.__state().files);
  assert.ok(files.some((f) => f.startsWith('screenshot.png:')), String(files));
  for (const f of files) {
    const [, size, type] = f.split(':');
    assert.ok(Number(size) <= 2 * 1024 * 1024, f);
    assert.match(type, /^image\/png$/);
  }
  await page.close();
});

test('unfamiliar forms: shadow DOM + same-origin iframe editor, and an old table layout', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/portals/generic/index.html'));
  await page.waitForFunction(() => document.getElementById('editor').contentWindow?.__text);
  await fillOn(page);
  const st = await page.evaluate(() => window.__state());
  assert.equal(st.target, '某某网络小额贷款有限公司');
  assert.match(st.details, /事实经过/);
  assert.match(st.wish, /停止/);
  assert.equal(st.cell, '13800138000');
  assert.equal(st.vcode, '');
  assert.equal(st.ok, false);
  await page.goto(server.url('/portals/generic/table.html'));
  await fillOn(page);
  const t2 = await page.evaluate(() => window.__state());
  assert.equal(t2.company, '某某网络小额贷款有限公司');
  assert.equal(t2.kind, 'b');
  assert.match(t2.details, /来电7次/);
  assert.equal(t2.captcha, '');
  await page.close();
});

test('a confirmation page: the panel finds the complaint number and records it against the filled complaint', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/portals/nifa/?fw=react'));
  await fillOn(page);
  await page.goto(server.url('/portals/nifa/done.html'));
  await waitForShadowText(page, HOST, /找到投诉编号：NIFA20260107001/);
  await shadowClick(page, HOST, '记录到安宁');
  await waitForShadowText(page, HOST, /已记录[\s\S]*答复期限/);
  const dashboard = await ext.openExtensionPage('dashboard.html');
  const rows = await dashboard.evaluate(() => new Promise((ok) => {
    const open = indexedDB.open('anning');
    open.onsuccess = () => {
      const req = open.result.transaction('complaints').objectStore('complaints').getAll();
      req.onsuccess = () => ok(req.result);
    };
  }));
  const nifa = rows.filter((r) => r.channel === 'nifa' && r.reference === 'NIFA20260107001');
  assert.equal(nifa.length, 1);
  assert.equal(nifa[0].status, 'submitted');
  assert.equal(nifa[0].caseId, caseId);
  assert.ok(nifa[0].dueAt > nifa[0].submittedAt + 14 * 86_400_000);
  await dashboard.close();
  await page.close();
});

test('a web page cannot reach the complaint requests, and other sites get no panel', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/google-messages/index.html'));
  await page.waitForTimeout(800);
  assert.equal(await page.locator(HOST).count(), 0);
  await page.close();
});

test('the extension made no network request beyond the fixture server', () => {
  assert.deepEqual(ext.foreignRequests(server.origin), []);
});
