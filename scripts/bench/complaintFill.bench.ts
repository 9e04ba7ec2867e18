// Field discovery on a large page: collect → qualify → plan for a 12-field complaint form inside a
// page of ~5,000 other elements (nav, article text, a search box, a login box), against the floor of
// walking the same page once (querySelectorAll('*') and reading every element's tag), measured in the
// same process on happy-dom. Also drafting: facts + every draft kind for a case of 5,000 records,
// against the floor of the analysis alone. Prints JSON lines.
import { Window } from 'happy-dom';
import { collectContacts } from '../../utils/classify/analysis.ts';
import { buildDraft } from '../../utils/complaints/drafts.ts';
import { summarizeCase } from '../../utils/complaints/facts.ts';
import { planFill } from '../../utils/complaints/fill/index.ts';
import { DRAFT_KINDS } from '../../utils/complaints/kinds.ts';
import type { CallRecord, MessageRecord } from '../../utils/evidence/types.ts';
import type { CaseEntry } from '../../utils/store/types.ts';

function bestMs(run: () => void, warm = 2, reps = 7): number {
  for (let i = 0; i < warm; i++) run();
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const w = new Window({ url: 'https://tousu.sina.com.cn/' });
const doc = w.document as unknown as Document;
const filler: string[] = ['<nav>', ...Array.from({ length: 300 }, (_, i) => `<a href="/n/${i}">栏目${i}</a>`), '</nav>'];
for (let i = 0; i < 800; i++) filler.push(`<article><h3>标题${i}</h3><p>正文内容第${i}段，<span>说明</span><em>${i}</em></p></article>`);
filler.push('<form><input placeholder="搜索"><button>搜</button></form><form><label>账号<input name="user"></label><label>密码<input type="password"></label></form>');
const form = `<form><table>
  <tr><td>投诉对象：</td><td><input name="a"></td></tr><tr><td>投诉问题：</td><td><input name="b"></td></tr>
  <tr><td>投诉要求：</td><td><input name="c"></td></tr><tr><td>涉诉金额：</td><td><input name="d"></td></tr>
  <tr><td>投诉标题：</td><td><input name="e"></td></tr><tr><td>详细描述：</td><td><textarea name="f"></textarea></td></tr>
  <tr><td>手机号码：</td><td><input name="g"></td></tr><tr><td>问题类别：</td><td><select name="h"><option>请选择</option><option>暴力催收</option></select></td></tr>
  <tr><td>发生时间：</td><td><input name="i"></td></tr><tr><td>上传图片：</td><td><input type="file" name="j"></td></tr>
  <tr><td>验证码：</td><td><input name="k"></td></tr><tr><td></td><td><label><input type="checkbox"> 我已阅读并同意协议</label></td></tr>
</table></form>`;
doc.body.innerHTML = filler.join('') + form;
const elements = doc.querySelectorAll('*').length;
const values = { text: { company: '某某公司', problem: '暴力催收', demand: '停止', amount: '100', title: 't', details: 'd', reporterPhone: '13800138000', category: '暴力催收', datetime: '2026-01-01 10:00' } };

let sink = 0;
const floorMs = bestMs(() => { for (const el of Array.from(doc.querySelectorAll('*'))) sink += el.tagName.length; });
const planMs = bestMs(() => { sink += planFill(doc, values).fields.length; });
console.log(JSON.stringify({
  bench: 'complaint-fill-plan', unit: 'ms', value: Number(planMs.toFixed(2)), baseline: 'walk every element once',
  baselineValue: Number(floorMs.toFixed(2)), ratio: Number((planMs / floorMs).toFixed(2)), elements,
}));

// Drafting: 5,000 records over 60 days from 40 numbers.
const t0 = Date.UTC(2026, 0, 1);
const texts = ['再不还款就通知你通讯录里所有的人，后果自负！', '您的借款已逾期，请今天处理。', '你已涉嫌诈骗，我司已向公安机关立案。', '你这个老赖，明天上门找你。'];
const messages = Array.from({ length: 2500 }, (_, i) => ({
  kind: 'message', id: `m_${i}`, hash: '', number: `+86171000000${String(i % 40).padStart(2, '0')}`, numberRaw: '', direction: 'in',
  at: t0 + i * 2_073_600, atPrecision: 'min', atRaw: '', text: texts[i % texts.length]!, channel: 'sms', source: 'bench', sourceUrl: '',
  capturedAt: 0, owner: i % 9 ? 'borrower' : 'family', notes: '', tags: [], attachmentIds: [],
})) as MessageRecord[];
const calls = Array.from({ length: 2500 }, (_, i) => ({
  kind: 'call', id: `c_${i}`, hash: '', number: `+86162000000${String(i % 40).padStart(2, '0')}`, numberRaw: '', direction: i % 3 ? 'in' : 'missed',
  at: t0 + i * 2_073_600 + 600_000, atPrecision: 's', atRaw: '', durationSec: i % 3 ? 30 : 0, text: '', source: 'bench', sourceUrl: '',
  capturedAt: 0, owner: 'borrower', notes: '', tags: [], attachmentIds: [],
})) as CallRecord[];
const caseEntry: CaseEntry = { id: 1, name: '某某网络小额贷款有限公司', kind: 'microloan', serviceNumber: '', loan: {}, notes: '', createdAt: 0, updatedAt: 0 };
const analysisMs = bestMs(() => { sink += collectContacts(messages, calls).length; }, 1, 3);
const draftMs = bestMs(() => {
  const facts = summarizeCase(messages, calls);
  for (const k of DRAFT_KINDS) sink += Object.keys(buildDraft(k.id, { caseEntry, facts, reporter: {}, now: t0 })).length;
}, 1, 3);
console.log(JSON.stringify({
  bench: 'complaint-drafts-5k-records', unit: 'ms', value: Number(draftMs.toFixed(1)), baseline: 'analysis.collectContacts alone',
  baselineValue: Number(analysisMs.toFixed(1)), ratio: Number((draftMs / analysisMs).toFixed(2)), drafts: DRAFT_KINDS.length, sink: sink > 0,
}));
await w.happyDOM.close();
