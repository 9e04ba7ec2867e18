// Field discovery and filling on happy-dom, against the same fixture forms the e2e tests use (our own
// React-like, Vue-like and jQuery/Validform-like pages), plus small hand-made forms for the edge cases.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields, looksLikeComplaintForm, planFill, qualifyFields, runFill, type FillValues } from '../../utils/complaints/fill';
import { pickOption } from '../../utils/complaints/fill/insert';
import { findComplaintNumber, profileById, profileForUrl } from '../../utils/complaints/portals';

const DETAILS = '【事实经过】\n自2026年1月1日至2026年1月3日，某某贷在3天里对我催收：来电8次，短信4条。';
const VALUES: FillValues['text'] = {
  company: '某某网络小额贷款有限公司', title: '某某贷暴力催收', problem: '威胁恐吓、向第三人催收', demand: '停止骚扰我和家人',
  details: DETAILS, amount: '3650.50', reportedNumber: '16240349523', reporterPhone: '13800138000', reporterName: '张三',
  idNumber: '110101199001011234', email: 'z@example.test', address: '北京市东城区', date: '2026-01-02', time: '11:04',
  datetime: '2026-01-02 11:04', duration: '30', category: '欠款催收|暴力催收|催收|金融', smsContent: '你已逾期，今天必须还清。',
};
const EXPECT: Record<string, string> = { ...VALUES, category: '' };

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function load(portal: string, fw: string) {
  const url = `http://127.0.0.1/portals/${portal}/?fw=${fw}&wait=0`;
  const w = new Window({ url });
  windows.push(w);
  w.document.body.innerHTML = '<div id="app"></div>';
  const run = (w as unknown as { eval: (s: string) => void }).eval;
  run(readFileSync(`tests/fixtures/portals/${portal}/spec.js`, 'utf8'));
  run(readFileSync('tests/fixtures/portals/lib/frameworks.js', 'utf8'));
  const page = w as unknown as { PORTAL_SPEC: { fields: Array<{ key: string; expect: string; required?: boolean; role?: string; type?: string; wantOption?: string; options?: string[] }> }; __state: () => Record<string, unknown>; __validate: () => string[]; __submitted: number };
  return { w, doc: w.document as unknown as Document, page, url: new URL(url) };
}

const PORTALS = ['heimao', '12321-call', '12321-sms', 'nifa', '12378', '12315', 'xinfang'];
const FWS = ['react', 'vue', 'jquery'];

describe('fixture portals: discover, fill, the page state sees it, user fields stay empty', () => {
  for (const portal of PORTALS) {
    for (const fw of FWS) {
      it(`${portal} (${fw})`, async () => {
        const { w, doc, page, url } = load(portal, fw);
        const profile = profileForUrl(url, true)!;
        expect(profile).toBeTruthy();
        const png = new w.File([new Uint8Array([137, 80, 78, 71])], 'summary.png', { type: 'image/png' }) as unknown as File;
        const plan = planFill(doc, { text: VALUES, files: [png] }, profile);
        const outcomes = await runFill(plan, 10);
        // Frameworks re-render every 200 ms: a value they did not take would be gone after this.
        await new Promise((r) => setTimeout(r, 450));
        const state = page.__state();
        const failing = page.__validate();
        for (const f of page.PORTAL_SPEC.fields) {
          if (f.expect === 'user') {
            if (f.required) expect(failing, `${f.key} is left to the user`).toContain(f.key);
            const v = state[f.key];
            expect(v === '' || v === false || (Array.isArray(v) && v.length === 0), `${f.key} untouched`).toBe(true);
            continue;
          }
          expect(failing, `${f.key} passes the page's validation`).not.toContain(f.key);
          if (f.type === 'file') {
            expect(String(state[f.key])).toContain('summary.png');
          } else if (f.options) {
            const idx = f.options.indexOf(f.wantOption!);
            const v = state[f.key];
            const label = f.type === 'select' ? `v${idx}` : String(idx + 1);
            expect(v, f.key).toBe(label);
          } else {
            expect(String(state[f.key]).replace(/\s+/g, ''), f.key).toBe(EXPECT[f.role!]!.replace(/\s+/g, ''));
          }
        }
        // Blocked fields are reported as such, never filled; nothing was submitted.
        expect(outcomes.filter((o) => o.status === 'blocked').length).toBeGreaterThan(0);
        expect(outcomes.some((o) => o.status === 'failed')).toBe(false);
        expect(page.__submitted).toBe(0);
      });
    }
  }
});

describe('unfamiliar forms (generic path)', () => {
  it('old table layout: labels in cells, select by option text, date+time by placeholder', async () => {
    const w = new Window({ url: 'http://127.0.0.1/portals/generic/table.html' });
    windows.push(w);
    const html = readFileSync('tests/fixtures/portals/generic/table.html', 'utf8');
    w.document.write(html);
    const doc = w.document as unknown as Document;
    const q = qualifyFields(collectFields(doc));
    expect(looksLikeComplaintForm(q)).toBe(true);
    const roles = q.map((x) => x.role ?? x.blocked);
    expect(roles).toEqual(['company', 'reporterName', 'reporterPhone', 'datetime', 'amount', 'category', 'details', 'demand', 'captcha']);
    await runFill(planFill(doc, { text: VALUES }), 10);
    const v = (n: string) => (doc.querySelector(`[name=${n}]`) as HTMLInputElement).value;
    const state = { company: v('f1'), name: v('f2'), phone: v('f3'), when: v('f4'), amount: v('f5'), kind: v('f6'), details: v('f7'), demand: v('f8'), captcha: v('f9') };
    expect(state).toMatchObject({ company: VALUES.company, name: '张三', phone: '13800138000', when: '2026-01-02 11:04', amount: '3650.50', kind: 'b', demand: VALUES.demand, captcha: '' });
  });

  it('open shadow roots and aria labels', async () => {
    const w = new Window({ url: 'http://127.0.0.1/x' });
    windows.push(w);
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = '<form><x-box></x-box><textarea aria-label="问题描述"></textarea></form>';
    const host = doc.querySelector('x-box')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<input aria-label="被投诉方"><input placeholder="请输入短信验证码">';
    let seen = '';
    root.querySelector('input')!.addEventListener('input', (e) => { seen = (e.target as HTMLInputElement).value; });
    const plan = planFill(doc, { text: VALUES });
    expect(plan.fields.map((f) => f.role ?? f.blocked)).toEqual(['details', 'company', 'sms_code']);
    await runFill(plan, 10);
    expect(seen).toBe(VALUES.company);
    expect((root.querySelectorAll('input')[1] as HTMLInputElement).value).toBe('');
  });

  it('contenteditable editors get the text, line breaks kept', async () => {
    const w = new Window({ url: 'http://127.0.0.1/x' });
    windows.push(w);
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = '<div class="row"><span>详细描述</span><div contenteditable="true"></div></div><div><span>投诉对象</span><input></div>';
    let model = '';
    doc.querySelector('[contenteditable]')!.addEventListener('input', (e) => { model = (e.target as HTMLElement).textContent ?? ''; });
    await runFill(planFill(doc, { text: VALUES }), 10);
    expect(model.replace(/\s+/g, '')).toBe(DETAILS.replace(/\s+/g, ''));
    expect(doc.querySelectorAll('[contenteditable] p').length).toBe(DETAILS.split('\n').length);
  });

  it('never fills passwords, captchas, SMS codes or agreement boxes', () => {
    const w = new Window({ url: 'http://127.0.0.1/x' });
    windows.push(w);
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = `<form>
      <label>登录密码 <input type="password" name="pwd"></label>
      <label for="c">验证码</label><input id="c" name="checkcode">
      <input name="smscode" placeholder="手机验证码">
      <label><input type="checkbox" name="agree"> 我已阅读并同意用户协议</label>
      <label>详细描述 <textarea></textarea></label></form>`;
    const plan = planFill(doc, { text: VALUES });
    expect(plan.fields.map((f) => f.blocked ?? f.role)).toEqual(['password', 'captcha', 'sms_code', 'agreement', 'details']);
    expect(plan.fields.filter((f) => f.blocked).every((f) => f.skip === 'blocked' && f.value === '')).toBe(true);
  });

  it("respects the page's maxlength, shortening at a sentence end and saying so", async () => {
    const w = new Window({ url: 'http://127.0.0.1/x' });
    windows.push(w);
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = '<label>详细描述<textarea maxlength="40"></textarea></label><label>投诉对象<input></label>';
    const out = await runFill(planFill(doc, { text: VALUES }), 10);
    const details = out.find((o) => o.role === 'details')!;
    expect(details.status).toBe('shortened');
    expect(details.value.length).toBeLessThanOrEqual(40);
    expect((doc.querySelector('textarea') as HTMLTextAreaElement).value).toBe(details.value);
  });

  it('component dropdowns (read-only input in .el-select) are left for the user to pick, not written', async () => {
    const w = new Window({ url: 'http://127.0.0.1/x' });
    windows.push(w);
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = '<label>详细描述<textarea></textarea></label><div><span>问题类别</span><div class="el-select"><input readonly placeholder="请选择"></div></div><div><span>来电日期</span><input readonly placeholder="yyyy-mm-dd"></div>';
    const plan = planFill(doc, { text: VALUES });
    expect(plan.fields.map((f) => [f.role, f.skip ?? 'fill'])).toEqual([['details', 'fill'], ['category', 'no_option'], ['date', 'fill']]);
    await runFill(plan, 10);
    expect((doc.querySelector('.el-select input') as HTMLInputElement).value).toBe('');
    expect((doc.querySelectorAll('input')[1] as HTMLInputElement).value).toBe('2026-01-02');
  });

  it('a page that throws the value away is reported as failed, not filled', async () => {
    const w = new Window({ url: 'http://127.0.0.1/x' });
    windows.push(w);
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = '<label>投诉对象<input id="a"></label><label>详细描述<textarea></textarea></label>';
    const a = doc.getElementById('a') as HTMLInputElement;
    a.addEventListener('change', () => setTimeout(() => { a.value = ''; }, 0));
    const out = await runFill(planFill(doc, { text: VALUES }), 20);
    expect(out.find((o) => o.role === 'company')!.status).toBe('failed');
  });
});

describe('options and confirmation numbers', () => {
  it('picks options by text, never the placeholder', () => {
    const opts = ['请选择', '诈骗电话', '欠款催收', '其他'].map((label, i) => ({ label, value: String(i), el: null as unknown as HTMLElement }));
    expect(pickOption(opts, ['欠款催收'])!.label).toBe('欠款催收');
    expect(pickOption(opts, ['催收'])!.label).toBe('欠款催收');
    expect(pickOption(opts, ['高利贷'])).toBeUndefined();
  });
  it('reads complaint numbers from the 黑猫 URL and from confirmation text', () => {
    const heimao = profileById('heimao')!;
    expect(findComplaintNumber(heimao, new URL('https://tousu.sina.com.cn/complaint/view/17356123456/'), '')).toBe('17356123456');
    expect(findComplaintNumber(profileById('nifa')!, new URL('https://jubao.nifa.org.cn/x'), '提交成功！您的举报编号：NIFA20260203001，请牢记。')).toBe('NIFA20260203001');
    expect(findComplaintNumber(profileById('nifa')!, new URL('https://jubao.nifa.org.cn/x'), '欢迎使用')).toBeUndefined();
  });
  it('knows the portals by host and path', () => {
    expect(profileForUrl(new URL('https://www.12321.cn/notifyHomePhone'))!.id).toBe('12321-call');
    expect(profileForUrl(new URL('https://www.12321.cn/notifySms'))!.id).toBe('12321-sms');
    expect(profileForUrl(new URL('https://tousu.sina.cn/'))!.id).toBe('heimao');
    expect(profileForUrl(new URL('https://example.com/'))).toBeUndefined();
    expect(profileForUrl(new URL('http://127.0.0.1:5555/portals/nifa/'), false)).toBeUndefined();
    expect(profileForUrl(new URL('http://127.0.0.1:5555/portals/nifa/'), true)!.id).toBe('nifa');
  });
});
