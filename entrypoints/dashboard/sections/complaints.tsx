/**
 * Complaints: edit and save the draft for each channel (built from the case's evidence), print the
 * documents (negotiation letter, police report, phone scripts), open a portal to fill it, and track
 * every complaint made — number, status, reply, and when an answer is due.
 */
import { useEffect, useState } from 'preact/hooks';
import { Button, Empty } from '../../../components/ui';
import { channelById, CHANNELS } from '../../../utils/complaints/channels';
import { DRAFT_FIELD_NAMES, DRAFT_FIELDS, letterBody, type DraftKey, type DraftKind } from '../../../utils/complaints/drafts';
import { summarizeCase } from '../../../utils/complaints/facts';
import { DRAFT_KINDS } from '../../../utils/complaints/kinds';
import { portalProfiles } from '../../../utils/complaints/portals';
import { getReporter, loadCaseEvidence } from '../../../utils/complaints/store';
import { defineMessages, getLang } from '../../../utils/i18n';
import { formatBeijing } from '../../../utils/i18n/time';
import { request } from '../../../utils/messaging/client';
import { getDb } from '../../../utils/store/db';
import type { CaseEntry, ComplaintEntry } from '../../../utils/store/types';
import { useLive } from '../../../utils/ui/live';
import { go, type Route } from '../route';
import './complaints.css';

const t = defineMessages({
  zh: {
    title: '投诉', intro: '草稿根据案件里的证据生成：事实、逐日记录、短信原文和违反的规定（只引用安宁事实表允许的条文）。你可以修改后保存，再到投诉网站上一键填写。',
    noCases: '先在“案件”页建立案件并归入证据。', case: '案件', kind: '草稿', save: '保存草稿', saved: '草稿已保存。', reset: '恢复为根据证据生成的内容',
    resetDone: '已恢复。', edited: '（已修改）', chars: '{n} / {max} 字', charsNoMax: '{n} 字', over: '超出 {n} 字，网站可能不接受',
    open: '打开{site}并填写', openHint: '网站打开后，页面右上角会出现“安宁：用证据填写投诉”，点它预览并填写。安宁不会替你提交。',
    print: '打印 / 另存为 PDF', regenerate: '按所选方案重新生成正文', planHelp: '选择协商方案：', printView: '打印预览',
    track: '投诉记录', trackIntro: '提交后记下投诉编号，安宁会提醒你跟进；平台答复或解决后在这里标记。', none: '还没有投诉记录。',
    add: '手动添加一条记录', channel: '渠道', ref: '投诉编号', date: '提交日期', addBtn: '添加', status: '状态', due: '答复期限', reply: '答复内容', notes: '备注',
    draft: '已填写未提交', submitted: '已提交', answered: '已答复', settled: '已解决', closed: '已结束', update: '保存', delete: '删除',
    overdue: '已到期，请跟进', dueSoon: '{d} 天后到期', followUp: '需要跟进', noDue: '—', failed: '操作失败：{e}', dueStated: '渠道规定', dueOurs: '安宁的跟进提醒',
  },
  en: {
    title: 'Complaints', intro: 'Drafts are built from the case’s evidence: facts, a day-by-day record, SMS verbatim and the rules broken (citing only what Anning’s fact sheet allows). Edit, save, then fill a complaint site in one click.',
    noCases: 'First create a case on the Cases page and put evidence in it.', case: 'Case', kind: 'Draft', save: 'Save draft', saved: 'Draft saved.', reset: 'Rebuild from the evidence',
    resetDone: 'Rebuilt.', edited: '(edited)', chars: '{n} / {max} chars', charsNoMax: '{n} chars', over: '{n} over the limit; the site may refuse it',
    open: 'Open {site} and fill', openHint: 'On the site, “安宁：用证据填写投诉” appears top right: click it to preview and fill. Anning never submits.',
    print: 'Print / save as PDF', regenerate: 'Rebuild the text for the chosen proposals', planHelp: 'Proposals:', printView: 'Print preview',
    track: 'Complaints made', trackIntro: 'Record the complaint number after submitting; Anning reminds you to follow up. Mark the lender’s answer here.', none: 'No complaints recorded yet.',
    add: 'Add a record by hand', channel: 'Channel', ref: 'Complaint number', date: 'Submitted on', addBtn: 'Add', status: 'Status', due: 'Answer due', reply: 'Reply', notes: 'Notes',
    draft: 'Filled, not submitted', submitted: 'Submitted', answered: 'Answered', settled: 'Settled', closed: 'Closed', update: 'Save', delete: 'Delete',
    overdue: 'Overdue: follow up', dueSoon: 'due in {d} days', followUp: 'Follow up', noDue: '—', failed: 'Failed: {e}', dueStated: 'channel’s own', dueOurs: 'Anning’s follow-up reminder',
  },
});

const PLANS = ['延期', '二次分期', '减免罚息'];
const LONG: DraftKey[] = ['details', 'body', 'demand', 'smsContent'];

function portalFor(kind: DraftKind) {
  const channel = DRAFT_KINDS.find((k) => k.id === kind)?.channel;
  return portalProfiles.find((p) => p.channel === channel && p.id !== 'generic');
}

function DraftEditor({ caseEntry, kind }: { caseEntry: CaseEntry; kind: DraftKind }) {
  const lang = getLang();
  const [view, setView] = useState<{ key: string; fields: Record<string, string>; built: Record<string, string>; limits: Record<string, number> } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState('');
  const [printing, setPrinting] = useState(false);
  const doc = DRAFT_KINDS.find((k) => k.id === kind)!.document;
  const load = async () => {
    const d = await request('complaints/draft', { caseId: caseEntry.id!, kind });
    const v = { key: `${caseEntry.id}:${kind}`, fields: d.fields as Record<string, string>, built: d.built as Record<string, string>, limits: d.limits as Record<string, number> };
    setView(v);
    setFields(v.fields);
  };
  useEffect(() => { setMsg(''); void load().catch((e) => setMsg(t('failed', { e: String(e?.message ?? e) }))); }, [caseEntry.id, caseEntry.updatedAt, kind]);
  useEffect(() => {
    if (!printing) return;
    // print() returns when the dialog closes: then the editor comes back.
    const timer = setTimeout(() => { print(); setPrinting(false); }, 50);
    return () => clearTimeout(timer);
  }, [printing]);
  useEffect(() => setPrinting(false), [caseEntry.id, kind]);
  // A draft of another case or kind is still on screen while this one loads: show nothing meanwhile.
  if (!view || view.key !== `${caseEntry.id}:${kind}`) return msg ? <p role="alert">{msg}</p> : null;
  const save = () => request('complaints/saveDraft', { caseId: caseEntry.id!, kind, fields }).then(() => setMsg(t('saved')));
  const portal = portalFor(kind);
  const channel = channelById(DRAFT_KINDS.find((k) => k.id === kind)!.channel);

  if (printing && doc) return <div class="cx-print" data-testid="print-view">{fields.body}</div>;
  return (
    <div class="cx-card" data-testid="draft-editor">
      {DRAFT_FIELDS[kind].map((key) => {
        const value = fields[key] ?? '';
        const max = view.limits[key];
        const finite = typeof max === 'number' && Number.isFinite(max);
        const edited = (view.built[key] ?? '') !== value;
        if (key === 'plan') {
          const chosen = value.split(/[,，、\s]+/).filter(Boolean);
          return (
            <fieldset key={key} class="cx-field cx-noprint">
              <legend>{t('planHelp')}</legend>
              {PLANS.map((p) => (
                <label key={p} style="flex-direction:row;gap:6px;align-items:center">
                  <input type="checkbox" checked={chosen.includes(p)} onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    setFields({ ...fields, plan: PLANS.filter((x) => (x === p ? on : chosen.includes(x))).join(',') });
                  }} /> {p}
                </label>
              ))}
              <Button onClick={() => void (async () => {
                const ev = await loadCaseEvidence(getDb(), caseEntry.id!);
                const body = letterBody({ caseEntry, facts: summarizeCase(ev.messages, ev.calls), reporter: await getReporter(getDb()), now: Date.now() }, fields.plan ?? '');
                setFields((f) => ({ ...f, body }));
              })()}>{t('regenerate')}</Button>
            </fieldset>
          );
        }
        return (
          <label key={key} class="cx-field">
            <span>{DRAFT_FIELD_NAMES[key][lang]} {edited && <span class="an-muted">{t('edited')}</span>}</span>
            {LONG.includes(key) ? (
              <textarea class={key === 'details' || key === 'body' ? 'cx-long' : ''} value={value} data-field={key}
                onInput={(e) => setFields({ ...fields, [key]: (e.currentTarget as HTMLTextAreaElement).value })} />
            ) : (
              <input value={value} data-field={key} onInput={(e) => setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value })} />
            )}
            <span class={`cx-count ${finite && value.length > max ? 'cx-over' : ''}`}>
              {finite ? t('chars', { n: value.length, max }) : t('charsNoMax', { n: value.length })}
              {finite && value.length > max ? ` · ${t('over', { n: value.length - max })}` : ''}
            </span>
          </label>
        );
      })}
      <div class="an-actions cx-noprint">
        <Button kind="primary" onClick={() => void save().catch((e) => setMsg(t('failed', { e: String(e?.message ?? e) })))}>{t('save')}</Button>
        <Button onClick={() => void request('complaints/resetDraft', { caseId: caseEntry.id!, kind }).then(load).then(() => setMsg(t('resetDone')))}>{t('reset')}</Button>
        {doc && <Button onClick={() => void save().then(() => setPrinting(true))}>{t('print')}</Button>}
        {portal && channel?.url && (
          <a class="an-btn an-btn-primary" href={channel.url} target="_blank" rel="noopener"
            onClick={() => { void save(); void request('complaints/setIntent', { caseId: caseEntry.id!, kind }); }}>
            {t('open', { site: channel.name[lang] })}
          </a>
        )}
        {msg && <span role="status">{msg}</span>}
      </div>
      {portal && <p class="an-muted cx-noprint">{t('openHint')}</p>}
    </div>
  );
}

function dueText(c: ComplaintEntry, now: number): { text: string; overdue: boolean } {
  if (!c.dueAt || c.status === 'settled' || c.status === 'closed' || c.status === 'answered') return { text: c.dueAt ? formatBeijing(c.dueAt).slice(0, 10) : t('noDue'), overdue: false };
  const days = Math.ceil((c.dueAt - now) / 86_400_000);
  return days < 0 ? { text: `${formatBeijing(c.dueAt).slice(0, 10)} · ${t('overdue')}`, overdue: true } : { text: `${formatBeijing(c.dueAt).slice(0, 10)} · ${t('dueSoon', { d: days })}`, overdue: false };
}

function TrackRow({ c, cases }: { c: ComplaintEntry; cases: CaseEntry[] }) {
  const lang = getLang();
  const [edit, setEdit] = useState({ status: c.status, reference: c.reference, reply: c.reply });
  const [msg, setMsg] = useState('');
  useEffect(() => setEdit({ status: c.status, reference: c.reference, reply: c.reply }), [c.updatedAt]);
  const ch = channelById(c.channel);
  const due = dueText(c, Date.now());
  return (
    <tr data-complaint-id={c.id}>
      <td>{ch?.name[lang] ?? c.channel}<br /><span class="an-muted">{cases.find((x) => x.id === c.caseId)?.name}</span></td>
      <td><input aria-label={t('ref')} value={edit.reference} onInput={(e) => setEdit({ ...edit, reference: (e.currentTarget as HTMLInputElement).value })} /></td>
      <td>{c.submittedAt ? formatBeijing(c.submittedAt).slice(0, 10) : '—'}</td>
      <td class={due.overdue ? 'cx-due' : ''}>{due.text}{c.dueAt && <><br /><span class="an-muted">{ch?.answerDue.stated ? t('dueStated') : t('dueOurs')}</span></>}</td>
      <td>
        <select aria-label={t('status')} value={edit.status} onChange={(e) => setEdit({ ...edit, status: (e.currentTarget as HTMLSelectElement).value as ComplaintEntry['status'] })}>
          {(['draft', 'submitted', 'answered', 'settled', 'closed'] as const).map((s) => <option key={s} value={s}>{t(s)}</option>)}
        </select>
      </td>
      <td><textarea aria-label={t('reply')} value={edit.reply} onInput={(e) => setEdit({ ...edit, reply: (e.currentTarget as HTMLTextAreaElement).value })} /></td>
      <td class="an-actions">
        <Button onClick={() => void request('complaints/update', { id: c.id!, ...edit }).then(() => setMsg('✓')).catch((e) => setMsg(t('failed', { e: String(e?.message ?? e) })))}>{t('update')}</Button>
        <Button kind="danger" onClick={() => void request('complaints/delete', { id: c.id! })}>{t('delete')}</Button>
        {msg && <span role="status">{msg}</span>}
      </td>
    </tr>
  );
}

function Tracking({ cases }: { cases: CaseEntry[] }) {
  const lang = getLang();
  const db = getDb();
  const rows = useLive(() => db.complaints.orderBy('id').reverse().toArray(), [], [] as ComplaintEntry[]);
  const [add, setAdd] = useState({ caseId: cases[0]?.id ?? 0, channel: 'lender', reference: '', date: formatBeijing(Date.now()).slice(0, 10) });
  const [msg, setMsg] = useState('');
  // Cases load after the first render: pick the first one once they are there.
  useEffect(() => { if (!cases.some((c) => c.id === add.caseId) && cases[0]) setAdd((a) => ({ ...a, caseId: cases[0]!.id! })); }, [cases]);
  const now = Date.now();
  const follow = rows.filter((r) => r.status === 'submitted' && r.dueAt && r.dueAt < now);
  return (
    <div class="cx-card" data-testid="tracking">
      <h2>{t('track')}</h2>
      <p class="an-muted">{t('trackIntro')}</p>
      {follow.length > 0 && <p class="cx-due" role="status">{t('followUp')}：{follow.map((r) => `${channelById(r.channel)?.name[lang] ?? r.channel} ${r.reference}`).join('、')}</p>}
      {rows.length === 0 ? <Empty>{t('none')}</Empty> : (
        <table class="an-table cx-table">
          <thead><tr><th>{t('channel')}</th><th>{t('ref')}</th><th>{t('date')}</th><th>{t('due')}</th><th>{t('status')}</th><th>{t('reply')}</th><th /></tr></thead>
          <tbody>{rows.map((c) => <TrackRow key={c.id} c={c} cases={cases} />)}</tbody>
        </table>
      )}
      <details class="cx-noprint">
        <summary>{t('add')}</summary>
        <div class="cx-form">
          <label>{t('case')}
            <select value={String(add.caseId)} onChange={(e) => setAdd({ ...add, caseId: Number((e.currentTarget as HTMLSelectElement).value) })}>
              {cases.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
            </select>
          </label>
          <label>{t('channel')}
            <select value={add.channel} onChange={(e) => setAdd({ ...add, channel: (e.currentTarget as HTMLSelectElement).value })}>
              {CHANNELS.map((c) => <option key={c.id} value={c.id}>{c.name[lang]}</option>)}
            </select>
          </label>
          <label>{t('ref')}<input value={add.reference} onInput={(e) => setAdd({ ...add, reference: (e.currentTarget as HTMLInputElement).value })} /></label>
          <label>{t('date')}<input type="date" value={add.date} onInput={(e) => setAdd({ ...add, date: (e.currentTarget as HTMLInputElement).value })} /></label>
        </div>
        <Button onClick={() => {
          const at = Date.parse(`${add.date}T12:00:00+08:00`);
          void request('complaints/record', { caseId: add.caseId, channel: add.channel as never, status: 'submitted', reference: add.reference.trim(), submittedAt: Number.isFinite(at) ? at : undefined })
            .then(() => setMsg('✓')).catch((e) => setMsg(t('failed', { e: String(e?.message ?? e) })));
        }}>{t('addBtn')}</Button>
        {msg && <span role="status">{msg}</span>}
      </details>
    </div>
  );
}

function Complaints({ route }: { route: Route }) {
  const lang = getLang();
  const cases = useLive(() => getDb().cases.orderBy('name').toArray(), [], [] as CaseEntry[]);
  const caseId = Number(route.params.get('case')) || cases[0]?.id;
  const kind = (DRAFT_KINDS.some((k) => k.id === route.params.get('kind')) ? route.params.get('kind') : 'heimao') as DraftKind;
  const current = cases.find((c) => c.id === caseId);
  return (
    <section aria-labelledby="complaints-title">
      <h1 id="complaints-title" class="cx-noprint">{t('title')}</h1>
      <p class="cx-noprint">{t('intro')}</p>
      {!current ? <Empty>{t('noCases')}</Empty> : (
        <>
          <div class="cx-form cx-card cx-noprint">
            <label>{t('case')}
              <select value={String(current.id)} onChange={(e) => go('complaints', { case: (e.currentTarget as HTMLSelectElement).value, kind })}>
                {cases.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
              </select>
            </label>
            <label>{t('kind')}
              <select value={kind} onChange={(e) => go('complaints', { case: String(current.id), kind: (e.currentTarget as HTMLSelectElement).value })}>
                {DRAFT_KINDS.map((k) => <option key={k.id} value={k.id}>{k.name[lang]}</option>)}
              </select>
            </label>
          </div>
          <DraftEditor caseEntry={current} kind={kind} />
        </>
      )}
      <div class="cx-noprint"><Tracking cases={cases} /></div>
    </section>
  );
}

/** Loaded on demand by the list in ./index.ts. */
export default Complaints;
