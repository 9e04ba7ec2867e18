/**
 * Cases: the lenders / platforms the user is being collected for — name, kind, service number, loan
 * facts — which evidence belongs to each, the user's own details (kept on this computer only), and
 * which complaint channels fit the case (FACTS.md §3). Reads the store directly; writes go through
 * the background.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Button, Empty } from '../../../components/ui';
import { adviseChannels, LENDER_KIND_NAMES, LENDER_KINDS, type ChannelAdvice, type ViolationId } from '../../../utils/complaints/channels';
import { DRAFT_KINDS } from '../../../utils/complaints/kinds';
import { summarizeCase } from '../../../utils/complaints/facts';
import { loadCaseEvidence, REPORTER_KEY } from '../../../utils/complaints/store';
import type { ReporterDetails } from '../../../utils/complaints/drafts';
import { defineMessages, getLang } from '../../../utils/i18n';
import { formatBeijing } from '../../../utils/i18n/time';
import { request } from '../../../utils/messaging/client';
import { displayPhoneKey, parsePhone } from '../../../utils/phone';
import { getDb } from '../../../utils/store/db';
import { visibleEvidence } from '../../../utils/store/visible';
import type { CaseEntry, LenderKind } from '../../../utils/store/types';
import { useLive } from '../../../utils/ui/live';
import type { Route } from '../route';
import { go } from '../route';
import './complaints.css';

const t = defineMessages({
  zh: {
    title: '案件', intro: '一个案件就是一个催收你的借贷平台。把它的短信和通话归入案件，安宁就能据此写投诉、选投诉渠道。',
    new: '新建案件', name: '平台或公司名称（尽量写公司全称）', kind: '平台类型', service: '平台客服电话', platform: 'App / 平台名称',
    amount: '借款金额（元）', borrowedOn: '借款日期', dueOn: '到期日', overdue: '目前逾期金额（元）', loanDesc: '借款情况（自己的话）', notes: '备注',
    save: '保存案件', saved: '已保存。', delete: '删除案件', deleted: '案件已删除（证据本身不受影响，可在回收站撤销）。', empty: '还没有案件。',
    evidence: '本案件的证据', totals: '{days} 天内：来电 {calls} 次（接通 {connected}），催收短信 {sms} 条，夜间 {odd} 次，涉及第三人 {third} 次，号码 {numbers} 个',
    none: '还没有归入本案件的催收短信或通话。', range: '{from} 至 {to}',
    assign: '归入号码', assignHelp: '这些号码的全部短信和通话都会归入本案件（证据内容不变，只是归类）。',
    assignPlaceholder: '每行一个号码，例如 17128753039', assignBtn: '归入本案件', assigned: '已归入 {n} 条记录。', bad: '“{n}”不是电话号码',
    unassigned: '还没归入任何案件的号码', take: '归入', count: '{n} 条',
    advice: '投诉渠道建议', adviceIntro: '按顺序尝试：先找平台本身，再找管它的部门。每个渠道的说明来自安宁的事实表（FACTS.md §3）。',
    primary: '首选', also: '也可以', weak: '作用有限', draft: '写投诉', script: '电话脚本', letter: '协商还款申请书', police: '报案材料',
    reporter: '我的信息（只保存在这台电脑）', reporterIntro: '填写投诉时要用到。全部可选；身份证号只在你填写需要实名的表单时使用。',
    rname: '姓名', rphone: '手机号码', rid: '身份证号', remail: '邮箱', raddr: '地址', rsave: '保存我的信息', failed: '操作失败：{e}',
  },
  en: {
    title: 'Cases', intro: 'A case is one lender collecting from you. Put its messages and calls in the case and Anning writes complaints and picks channels from them.',
    new: 'New case', name: 'Lender or company name (full legal name if you can)', kind: 'Lender type', service: 'Lender’s customer service number', platform: 'App / platform name',
    amount: 'Loan amount (yuan)', borrowedOn: 'Borrowed on', dueOn: 'Due on', overdue: 'Overdue amount now (yuan)', loanDesc: 'About the loan (in your words)', notes: 'Notes',
    save: 'Save case', saved: 'Saved.', delete: 'Delete case', deleted: 'Case deleted (evidence untouched; undo from the trash).', empty: 'No cases yet.',
    evidence: 'Evidence in this case', totals: 'Over {days} days: {calls} calls ({connected} connected), {sms} collection SMS, {odd} at night, {third} involving third parties, {numbers} numbers',
    none: 'No collection messages or calls in this case yet.', range: '{from} to {to}',
    assign: 'Add numbers', assignHelp: 'All messages and calls from these numbers go into this case (their content is unchanged).',
    assignPlaceholder: 'One number per line, e.g. 17128753039', assignBtn: 'Add to this case', assigned: 'Added {n} records.', bad: '“{n}” is not a phone number',
    unassigned: 'Numbers not in any case yet', take: 'Add', count: '{n} records',
    advice: 'Where to complain', adviceIntro: 'Try in this order: the lender first, then whoever supervises it. Each note comes from Anning’s fact sheet (FACTS.md §3).',
    primary: 'First', also: 'Also', weak: 'Little effect', draft: 'Write complaint', script: 'Phone script', letter: 'Negotiation letter', police: 'Police report',
    reporter: 'My details (kept on this computer only)', reporterIntro: 'Used when filling complaints. All optional; the ID number is used only on forms that require real names.',
    rname: 'Name', rphone: 'Mobile', rid: 'ID number', remail: 'E-mail', raddr: 'Address', rsave: 'Save my details', failed: 'Failed: {e}',
  },
});

type LoanForm = { name: string; kind: LenderKind; serviceNumber: string; platform: string; amount: string; borrowedOn: string; dueOn: string; overdueAmount: string; description: string; notes: string };

const emptyForm = (): LoanForm => ({ name: '', kind: 'unknown', serviceNumber: '', platform: '', amount: '', borrowedOn: '', dueOn: '', overdueAmount: '', description: '', notes: '' });

function formOf(c: CaseEntry): LoanForm {
  return {
    name: c.name, kind: c.kind, serviceNumber: c.serviceNumber, platform: c.loan.platform ?? '', amount: c.loan.amount?.toString() ?? '',
    borrowedOn: c.loan.borrowedOn ?? '', dueOn: c.loan.dueOn ?? '', overdueAmount: c.loan.overdueAmount?.toString() ?? '', description: c.loan.description ?? '', notes: c.notes,
  };
}

const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? undefined : Number(s));
const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** The draft / document kind that acts on a channel. */
function actionsFor(a: ChannelAdvice): Array<{ kind: string; label: 'draft' | 'script' | 'letter' | 'police' }> {
  const id = a.channel.id;
  const out: Array<{ kind: string; label: 'draft' | 'script' | 'letter' | 'police' }> = [];
  if (DRAFT_KINDS.some((k) => k.id === id && !k.document)) out.push({ kind: id, label: 'draft' });
  if (id === 'lender') out.push({ kind: 'letter', label: 'letter' }, { kind: 'script-lender', label: 'script' });
  if (id === '12378') out.push({ kind: 'script-12378', label: 'script' });
  if (id === '12321') out.push({ kind: 'script-12321', label: 'script' });
  if (id === 'police') out.push({ kind: 'police', label: 'police' });
  return out;
}

function CaseDetail({ c }: { c: CaseEntry }) {
  const lang = getLang();
  const db = getDb();
  const data = useLive(async () => {
    const ev = await loadCaseEvidence(db, c.id!);
    return { ev, facts: summarizeCase(ev.messages, ev.calls) };
  }, [c.id, c.updatedAt], null);
  const [numbers, setNumbers] = useState('');
  const [msg, setMsg] = useState('');
  const unassigned = useLive(async () => {
    const counts = new Map<string, number>();
    const ev = visibleEvidence(db);
    await ev.messages.each((m) => counts.set(m.number, (counts.get(m.number) ?? 0) + 1), (t) => t.filter((m) => m.caseId === undefined && m.direction === 'in'));
    await ev.calls.each((m) => counts.set(m.number, (counts.get(m.number) ?? 0) + 1), (t) => t.filter((m) => m.caseId === undefined && m.direction !== 'out'));
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  }, [], [] as Array<[string, number]>);

  const assignKeys = async (keys: string[]) => {
    const ev = visibleEvidence(db);
    const [m, k] = await Promise.all([ev.messages.primaryKeys((t) => t.where('number').anyOf(keys)), ev.calls.primaryKeys((t) => t.where('number').anyOf(keys))]);
    const ids = [...m, ...k] as string[];
    const r = await request('evidence/annotate', { ids, patch: { caseId: c.id } });
    setMsg(t('assigned', { n: r.updated }));
  };

  const advice = useMemo(() => {
    if (!data) return [];
    const violations: Partial<Record<ViolationId, number>> = {};
    for (const v of data.facts.violations) violations[v.violation as ViolationId] = v.count;
    return adviseChannels({ kind: c.kind, violations, hasMessages: data.facts.sms > 0, hasCalls: data.facts.calls > 0 });
  }, [data, c.kind]);

  const f = data?.facts;
  return (
    <>
      <div class="cx-card" data-testid="case-evidence">
        <h2>{t('evidence')}</h2>
        {f && f.firstAt !== undefined ? (
          <p>
            {t('range', { from: formatBeijing(f.firstAt, false), to: formatBeijing(f.lastAt!, false) })}：
            {t('totals', { days: f.days, calls: f.calls, connected: f.connectedCalls, sms: f.sms, odd: f.oddHours, third: f.thirdParty, numbers: f.numbers.length })}
          </p>
        ) : <Empty>{t('none')}</Empty>}
        <h3>{t('assign')}</h3>
        <p class="an-muted">{t('assignHelp')}</p>
        <div class="cx-field">
          <textarea aria-label={t('assign')} placeholder={t('assignPlaceholder')} value={numbers} onInput={(e) => setNumbers((e.currentTarget as HTMLTextAreaElement).value)} />
        </div>
        <div class="an-actions">
          <Button onClick={() => {
            const lines = numbers.split(/[\n,，;；]+/).map((s) => s.trim()).filter(Boolean);
            const keys: string[] = [];
            for (const l of lines) {
              const p = parsePhone(l);
              if (!p) { setMsg(t('bad', { n: l })); return; }
              keys.push(p.key);
            }
            void assignKeys(keys).then(() => setNumbers('')).catch((e) => setMsg(t('failed', { e: String(e?.message ?? e) })));
          }}>{t('assignBtn')}</Button>
          {msg && <span role="status">{msg}</span>}
        </div>
        {unassigned.length > 0 && (
          <>
            <h3>{t('unassigned')}</h3>
            <ul class="cx-list">
              {unassigned.map(([key, n]) => (
                <li key={key} class="an-actions" style="justify-content:space-between;padding:4px 0">
                  <span>{displayPhoneKey(key)} <span class="an-muted">{t('count', { n })}</span></span>
                  <Button onClick={() => void assignKeys([key]).catch((e) => setMsg(String(e)))}>{t('take')} {displayPhoneKey(key)}</Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="cx-card" data-testid="channel-advice">
        <h2>{t('advice')}</h2>
        <p class="an-muted">{t('adviceIntro')}</p>
        <ul class="cx-advice">
          {advice.map((a) => (
            <li key={a.channel.id}>
              <span class={`cx-fit cx-fit-${a.fit}`}>{t(a.fit)}</span>
              <span>
                <strong>{a.channel.name[lang]}</strong>{a.channel.phone ? ` · ${a.channel.phone}` : ''}
                <br />{a.reason[lang]}
                <br /><span class="an-muted">{a.channel.note[lang]}</span>
              </span>
              <span class="an-actions">
                {actionsFor(a).map((x) => (
                  <a key={x.kind} class="an-btn" href={`#/complaints?case=${c.id}&kind=${x.kind}`}>{t(x.label)}{x.label === 'draft' ? `：${a.channel.name[lang]}` : ''}</a>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

function ReporterForm() {
  const db = getDb();
  const saved = useLive(async () => ((await db.settings.get(REPORTER_KEY))?.value as ReporterDetails | undefined) ?? {}, [], {} as ReporterDetails);
  const [r, setR] = useState<ReporterDetails>({});
  const [msg, setMsg] = useState('');
  useEffect(() => setR(saved), [saved]);
  const field = (k: keyof ReporterDetails, label: string, type: 'text' | 'tel' | 'email' = 'text') => (
    <label>{label}<input type={type as "text"} value={r[k] ?? ''} autocomplete="off" onInput={(e) => setR({ ...r, [k]: (e.currentTarget as HTMLInputElement).value })} /></label>
  );
  return (
    <div class="cx-card">
      <h2>{t('reporter')}</h2>
      <p class="an-muted">{t('reporterIntro')}</p>
      <div class="cx-form">
        {field('name', t('rname'))}
        {field('phone', t('rphone'), 'tel')}
        {field('idNumber', t('rid'))}
        {field('email', t('remail'), 'email')}
        {field('address', t('raddr'))}
      </div>
      <div class="an-actions" style="margin-top:8px">
        <Button kind="primary" onClick={() => void request('complaints/saveReporter', r).then(() => setMsg(t('saved'))).catch((e) => setMsg(t('failed', { e: String(e?.message ?? e) })))}>{t('rsave')}</Button>
        {msg && <span role="status">{msg}</span>}
      </div>
    </div>
  );
}

function Cases({ route }: { route: Route }) {
  const lang = getLang();
  const db = getDb();
  const cases = useLive(() => db.cases.orderBy('name').toArray(), [], [] as CaseEntry[]);
  const selectedId = Number(route.params.get('id')) || undefined;
  const current = cases.find((c) => c.id === selectedId);
  const [form, setForm] = useState<LoanForm>(emptyForm());
  const [msg, setMsg] = useState('');
  useEffect(() => setForm(current ? formOf(current) : emptyForm()), [current?.id, current?.updatedAt]);

  const save = async () => {
    const r = await request('complaints/saveCase', {
      id: current?.id, name: form.name, kind: form.kind, serviceNumber: form.serviceNumber.trim(), notes: form.notes,
      loan: { platform: opt(form.platform), amount: num(form.amount), borrowedOn: opt(form.borrowedOn), dueOn: opt(form.dueOn), overdueAmount: num(form.overdueAmount), description: opt(form.description) },
    });
    setMsg(t('saved'));
    if (!current) go('cases', { id: String(r.id) });
  };
  const input = (k: keyof LoanForm, label: string, type: 'text' | 'tel' | 'number' | 'date' = 'text', wide = false) => (
    <label class={wide ? 'cx-wide' : ''}>{label}
      <input type={type as "text"} step={type === 'number' ? 'any' : undefined} min={type === 'number' ? '0' : undefined} value={form[k]} onInput={(e) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value })} />
    </label>
  );
  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <div class="cx-grid">
        <nav class="cx-card" aria-label={t('title')}>
          <ul class="cx-list">
            {cases.map((c) => (
              <li key={c.id}><a href={`#/cases?id=${c.id}`} aria-current={c.id === selectedId ? 'true' : undefined}>{c.name}<br /><span class="an-muted">{LENDER_KIND_NAMES[c.kind][lang]}</span></a></li>
            ))}
            <li><a href="#/cases" aria-current={!current ? 'true' : undefined}>＋ {t('new')}</a></li>
          </ul>
          {cases.length === 0 && <Empty>{t('empty')}</Empty>}
        </nav>
        <div>
          <form class="cx-card" onSubmit={(e) => { e.preventDefault(); void save().catch((err) => setMsg(t('failed', { e: String(err?.message ?? err) }))); }}>
            <h2>{current ? current.name : t('new')}</h2>
            <div class="cx-form">
              {input('name', t('name'), 'text', true)}
              <label>{t('kind')}
                <select value={form.kind} onChange={(e) => setForm({ ...form, kind: (e.currentTarget as HTMLSelectElement).value as LenderKind })}>
                  {LENDER_KINDS.map((k) => <option key={k} value={k}>{LENDER_KIND_NAMES[k][lang]}</option>)}
                </select>
              </label>
              {input('serviceNumber', t('service'), 'tel')}
              {input('platform', t('platform'))}
              {input('amount', t('amount'), 'number')}
              {input('overdueAmount', t('overdue'), 'number')}
              {input('borrowedOn', t('borrowedOn'), 'date')}
              {input('dueOn', t('dueOn'), 'date')}
              {input('description', t('loanDesc'), 'text', true)}
              {input('notes', t('notes'), 'text', true)}
            </div>
            <div class="an-actions" style="margin-top:8px">
              <Button type="submit" kind="primary" disabled={!form.name.trim()}>{t('save')}</Button>
              {current && (
                <Button kind="danger" onClick={() => void request('complaints/deleteCase', { id: current.id! }).then(() => { setMsg(t('deleted')); go('cases'); })}>{t('delete')}</Button>
              )}
              {msg && <span role="status">{msg}</span>}
            </div>
          </form>
          {current && <CaseDetail c={current} />}
          <ReporterForm />
        </div>
      </div>
    </section>
  );
}

/** Loaded on demand by the list in ./index.ts. */
export default Cases;
