import { useEffect, useMemo, useState } from 'preact/hooks';
import { EvidenceList } from '../../../components/EvidenceList';
import { RecordDetail, type AnnotationEdit } from '../../../components/RecordDetail';
import { Empty } from '../../../components/ui';
import { VIOLATIONS } from '../../../utils/classify/types';
import type { EvidenceRecord } from '../../../utils/evidence/types';
import { defineMessages } from '../../../utils/i18n';
import { violationName } from '../../../utils/i18n/violationNames';
import { request } from '../../../utils/messaging/client';
import { getDb } from '../../../utils/store/db';
import { useLive } from '../../../utils/ui/live';
import type { RecordVerdict } from '../../../utils/view/classifyRecord';
import { filterParams, filtersFromParams, type KindFilter } from '../../../utils/view/filters';
import { useEvidence } from '../evidenceData';

// Exports and the classifier are loaded when first used, so the list's first paint doesn't parse them.
const loadExports = () => import('../exports');
const loadClassifier = () => import('../../../utils/view/classifyRecord');

function caseNamer(cases: Array<{ id?: number; name: string }>) {
  const names = new Map(cases.map((c) => [c.id, c.name]));
  return (id: number | undefined) => (id === undefined ? '' : names.get(id) ?? '');
}

const t = defineMessages({
  zh: {
    title: '短信与通话', empty: '还没有保存任何证据。可以在网页短信页面点“保存为证据”，或在“导入”中导入手机备份。',
    search: '搜索内容、号码、备注', number: '号码', allNumbers: '全部号码', case: '案件', allCases: '全部案件', noCase: '未归类',
    violation: '违规', allViolations: '全部', direction: '类型', all: '全部', smsIn: '收到的短信', smsOut: '发出的短信', calls: '全部通话',
    missed: '未接来电', callIn: '接听的来电', source: '来源', allSources: '全部来源', from: '从', to: '到', clear: '清除筛选',
    shown: '显示 {n} / {total} 条', loading: '正在载入全部 {total} 条…', classifying: '正在分析违规 {done}/{total}',
    csv: '导出表格 CSV', bundle: '导出证据包 ZIP', report: '打印证据报告', exporting: '正在生成…',
    bundleDone: '证据包已生成（清单 manifest.json 的 SHA-256：{hash}）。请记下这个值。',
    deleted: '已删除 {n} 条。', undo: '撤销', undone: '已恢复。', filters: '筛选',
  },
  en: {
    title: 'Messages and calls', empty: 'No evidence saved yet. Use "Save as evidence" on a web SMS page, or import a phone backup.',
    search: 'Search text, numbers, notes', number: 'Number', allNumbers: 'All numbers', case: 'Case', allCases: 'All cases', noCase: 'No case',
    violation: 'Violation', allViolations: 'All', direction: 'Kind', all: 'All', smsIn: 'SMS received', smsOut: 'SMS sent', calls: 'All calls',
    missed: 'Missed calls', callIn: 'Answered calls', source: 'Source', allSources: 'All sources', from: 'From', to: 'To', clear: 'Clear filters',
    shown: '{n} of {total} shown', loading: 'Loading all {total}…', classifying: 'Checking for violations {done}/{total}',
    csv: 'Export CSV', bundle: 'Export evidence bundle (ZIP)', report: 'Print evidence report', exporting: 'Working…',
    bundleDone: 'Bundle ready (SHA-256 of manifest.json: {hash}). Write this value down.',
    deleted: 'Deleted {n}.', undo: 'Undo', undone: 'Restored.', filters: 'Filters',
  },
});

function EvidenceSection(props: { route: { params: URLSearchParams } }) {
  const ev = useEvidence();
  const cases = useLive(() => getDb().cases.toArray(), [], []);
  const p = props.route.params;
  const [q, setQ] = useState(p.get('q') ?? '');
  const [debouncedQ, setDebouncedQ] = useState(q);
  const [number, setNumber] = useState(p.get('number') ?? '');
  const [caseId, setCaseId] = useState(p.get('caseId') ?? '');
  const [violation, setViolation] = useState(p.get('violation') ?? '');
  const [kind, setKind] = useState<KindFilter>((p.get('kind') ?? '') as KindFilter);
  const [source, setSource] = useState(p.get('source') ?? '');
  const [from, setFrom] = useState(p.get('from') ?? '');
  const [to, setTo] = useState(p.get('to') ?? '');
  const [selectedId, setSelectedId] = useState<string | null>(p.get('id'));
  const [notice, setNotice] = useState<{ text: string; trashId?: number } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const h = setTimeout(() => setDebouncedQ(q), 120);
    return () => clearTimeout(h);
  }, [q]);

  const params = filterParams({ q: debouncedQ, number, caseId, violation, kind, source, from, to });
  const paramKey = params.toString();
  const index = ev.index;
  // Violation filters depend on classification progress: recompute when it advances.
  const order = useMemo(
    () => (index ? index.filter(filtersFromParams(params)) : null),
    [index, paramKey, violation ? ev.classified : 0],
  );
  const facets = useMemo(() => index?.facets() ?? { numbers: [], sources: [] }, [index]);
  const records = index ? index.records : ev.head;
  const listOrder = order ?? ev.head.map((_, i) => i);
  const selected: EvidenceRecord | undefined = selectedId
    ? (index ? index.records[index.indexOf(selectedId)] : ev.head.find((r) => r.id === selectedId))
    : undefined;
  const [verdict, setVerdict] = useState<{ id: string; owner: string; v: RecordVerdict } | null>(null);
  useEffect(() => {
    if (!selected) return;
    let live = true;
    void loadClassifier().then((m) => live && setVerdict({ id: selected.id, owner: selected.owner, v: m.classifyRecord(selected) }));
    return () => void (live = false);
  }, [selected?.id, selected?.owner]);
  const attachments = useLive(
    async () => {
      if (!selected) return [];
      const db = getDb();
      const linked = (await db.attachments.bulkGet(selected.attachmentIds)).filter((a): a is NonNullable<typeof a> => !!a);
      const own = await db.attachments.where('recordId').equals(selected.id).toArray();
      return [...new Map([...linked, ...own].map((a) => [a.id, a])).values()];
    },
    [selected?.id, selected?.attachmentIds.join()],
    [],
  );
  const shownVerdict = verdict && selected && verdict.id === selected.id && verdict.owner === selected.owner ? verdict.v : null;
  const caseName = caseNamer(cases);
  const filtered = () => (index && order ? Array.from(order, (i) => index.records[i]!) : ev.head);

  const save = async (edit: AnnotationEdit) => {
    if (!selected) return;
    await request('evidence/annotate', { ids: [selected.id], patch: { notes: edit.notes, tags: edit.tags, caseId: edit.caseId, owner: edit.owner } });
  };
  const remove = async () => {
    if (!selected) return;
    const r = await request('export/delete', { ids: [selected.id], description: selected.text.slice(0, 80) });
    setSelectedId(null);
    setNotice({ text: t('deleted', { n: r.deleted }), trashId: r.trashId });
  };
  const undo = async (trashId: number) => {
    await request('export/undo', { trashId });
    setNotice({ text: t('undone') });
  };
  const csv = async () => {
    setBusy(true);
    try {
      const m = await loadExports();
      // Let "working…" paint before the (synchronous) CSV build of a large selection.
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      m.exportCsv(filtered(), cases, index);
    } finally {
      setBusy(false);
    }
  };
  const bundle = async () => {
    setBusy(true);
    try {
      const title = caseId ? caseName(Number(caseId)) || t('title') : t('title');
      const r = await (await loadExports()).exportBundle(filtered(), title, cases, index);
      setNotice({ text: t('bundleDone', { hash: r.manifestSha256 }) });
    } finally {
      setBusy(false);
    }
  };

  if (!ev.headLoaded && !index) return <section aria-labelledby="evidence-title"><h1 id="evidence-title">{t('title')}</h1></section>;
  if ((index && index.size === 0) || (!index && ev.headLoaded && ev.head.length === 0)) {
    return (
      <section aria-labelledby="evidence-title">
        <h1 id="evidence-title">{t('title')}</h1>
        <Empty>{t('empty')}</Empty>
      </section>
    );
  }

  return (
    <section aria-labelledby="evidence-title" class="an-evidence">
      <h1 id="evidence-title">{t('title')}</h1>
      <form class="an-filters" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <input type="search" class="an-search" placeholder={t('search')} aria-label={t('search')} value={q} onInput={(e) => setQ(e.currentTarget.value)} data-testid="search" />
        <label>{t('number')}
          <select value={number} onChange={(e) => setNumber(e.currentTarget.value)} data-testid="filter-number">
            <option value="">{t('allNumbers')}</option>
            {number && !facets.numbers.slice(0, 500).some(([n]) => n === number) && <option value={number}>{number}</option>}
            {facets.numbers.slice(0, 500).map(([n, c]) => <option key={n} value={n}>{n}（{c}）</option>)}
          </select>
        </label>
        <label>{t('case')}
          <select value={caseId} onChange={(e) => setCaseId(e.currentTarget.value)} data-testid="filter-case">
            <option value="">{t('allCases')}</option>
            <option value="0">{t('noCase')}</option>
            {cases.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>{t('violation')}
          <select value={violation} onChange={(e) => setViolation(e.currentTarget.value)} data-testid="filter-violation">
            <option value="">{t('allViolations')}</option>
            {VIOLATIONS.map((v) => <option key={v} value={v}>{violationName(v)}</option>)}
          </select>
        </label>
        <label>{t('direction')}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as KindFilter)} data-testid="filter-kind">
            <option value="">{t('all')}</option>
            <option value="sms-in">{t('smsIn')}</option>
            <option value="sms-out">{t('smsOut')}</option>
            <option value="call">{t('calls')}</option>
            <option value="call-missed">{t('missed')}</option>
            <option value="call-in">{t('callIn')}</option>
          </select>
        </label>
        <label>{t('source')}
          <select value={source} onChange={(e) => setSource(e.currentTarget.value)} data-testid="filter-source">
            <option value="">{t('allSources')}</option>
            {facets.sources.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>{t('from')} <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} data-testid="filter-from" /></label>
        <label>{t('to')} <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} data-testid="filter-to" /></label>
        <button type="button" class="an-btn" onClick={() => { setQ(''); setNumber(''); setCaseId(''); setViolation(''); setKind(''); setSource(''); setFrom(''); setTo(''); }}>{t('clear')}</button>
      </form>
      <div class="an-listbar">
        <span role="status" aria-live="polite" data-testid="shown-count">
          {index ? t('shown', { n: listOrder.length, total: index.size }) : t('loading', { total: ev.total })}
          {index && ev.classified < index.size ? ` · ${t('classifying', { done: ev.classified, total: index.size })}` : ''}
        </span>
        <span class="an-actions">
          <button type="button" class="an-btn" disabled={!index || busy} onClick={() => void csv()}>{t('csv')}</button>
          <button type="button" class="an-btn" disabled={!index || busy} onClick={() => void bundle()} data-testid="export-bundle">{busy ? t('exporting') : t('bundle')}</button>
          <a class="an-btn" href={`/report.html#${paramKey}`} target="_blank" rel="noopener">{t('report')}</a>
        </span>
      </div>
      {notice && (
        <div class="an-notice" role="status" data-testid="notice">
          <span class="an-text">{notice.text}</span>
          {notice.trashId !== undefined && <button type="button" class="an-btn" onClick={() => void undo(notice.trashId!)}>{t('undo')}</button>}
        </div>
      )}
      <div class={`an-split${selected ? ' an-split-open' : ''}`}>
        <EvidenceList records={records} order={listOrder} masks={index?.masks} caseName={caseName} selectedId={selected?.id} onOpen={(r) => setSelectedId(r.id)} />
        {selected && shownVerdict && (
          <RecordDetail record={selected} verdict={shownVerdict} cases={cases} attachments={attachments} onSave={save} onDelete={() => void remove()} onClose={() => setSelectedId(null)} />
        )}
      </div>
    </section>
  );
}

/** A link to `#/evidence?…` from elsewhere (overview, number book) starts the list with its filters. */
function EvidenceRoute(props: { route: { params: URLSearchParams } }) {
  return <EvidenceSection key={props.route.params.toString()} route={props.route} />;
}

/** Loaded on demand by the list in ./index.ts. */
export default EvidenceRoute;
