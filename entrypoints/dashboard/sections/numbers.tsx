/**
 * The number book: every number with what the user knows and what the evidence says; add, edit,
 * merge, delete (with undo); suggested collectors to confirm; list import/export; subscriptions; and
 * where flagging runs (all sites, per-site switches). Reads the store directly; writes go through the
 * background (the only writer).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Button, Empty } from '../../../components/ui';
import { ALL_SITES_PERMISSION } from '../../../utils/flag/settings';
import { defineMessages, getLang } from '../../../utils/i18n';
import { formatBeijing } from '../../../utils/i18n/time';
import { violationName } from '../../../utils/i18n/violationNames';
import { request } from '../../../utils/messaging/client';
import { SUGGESTED_TAGS } from '../../../utils/numbers/book';
import { describeListError, detectListFormat, ListError, parseList, serializeList, type ListFormat } from '../../../utils/numbers/lists';
import { contactCounts, type Suggestion } from '../../../utils/numbers/stats';
import { originPattern } from '../../../utils/numbers/subscriptions';
import { parsePhone } from '../../../utils/phone';
import { getDb } from '../../../utils/store/db';
import type { NumberEntry, NumberStatus } from '../../../utils/store/types';
import { useLive } from '../../../utils/ui/live';
import type { Route } from '../route';

const t = defineMessages({
  zh: {
    title: '号码本', intro: '在这里记下催收、骚扰和可信的号码。浏览网页时，安宁会在页面上标出这些号码（只在本机比对，不上传）。',
    add: '添加号码', number: '号码', label: '名称 / 标签', lender: '贷款平台 / 机构', case: '案件', noCase: '（不关联）', tags: '分类',
    status: '状态', source: '来源', notes: '备注', first: '首次联系', last: '最近联系', counts: '短信 / 通话', violations: '发现的问题',
    collector: '催收', suspected: '疑似催收', safe: '可信', unknown: '未分类',
    user: '我添加的', import: '导入的清单', subscription: '订阅的清单', inferred: '根据证据推断',
    save: '保存', cancel: '取消', edit: '编辑', delete: '删除', merge: '合并为同一催收方', undo: '撤销删除', deleted: '已删除 {n} 个号码。',
    mergeHint: '选中两个以上号码可合并：它们保留各自的号码，共用名称、平台、分类和备注。', merged: '已合并 {n} 个号码。',
    selected: '已选 {n} 个', filter: '搜索号码、名称或平台', all: '全部', empty: '号码本是空的。', noMatch: '没有符合条件的号码。',
    badNumber: '“{n}”不是有效的电话号码', saved: '已保存。', otherTag: '其他分类（用顿号分隔）',
    suggestions: '可能是催收的号码', suggestionsIntro: '这些号码发来的短信被识别为催收内容。请确认后再标记（仅凭虚拟号段不会被推荐）。',
    confirm: '确认是催收', dismiss: '不是催收', noSuggestions: '暂时没有推荐。', example: '例：',
    lists: '导入与导出清单', importFile: '选择清单文件（TXT / CSV / JSON）', importAs: '清单中未注明状态的号码标记为', importNow: '导入',
    importOk: '导入完成：新增 {a}，更新 {u}，未变 {c}。', importPreview: '读到 {n} 个号码（{f} 格式）。', exportAs: '导出为', exportBtn: '导出 {f}',
    formatHelp: '格式说明：每行一个号码，可在 # 后写名称；CSV 需要表头（number 或 号码）；JSON 见文档 NUMBER-LISTS.md。',
    subs: '订阅号码清单', subsIntro: '订阅后，安宁会定期（每 6 小时）从该地址下载清单更新号码本。只下载，不上传任何数据。',
    subUrl: '清单地址（https://…）', subscribe: '订阅', unsubscribe: '取消订阅', refresh: '立即更新', lastUpdate: '最近更新', lastCheck: '最近检查',
    never: '从未', count: '{n} 个号码', subError: '更新失败：{e}', permissionDenied: '没有获得访问该网站的权限，无法订阅。',
    flagging: '在网页上标记号码', allSites: '在所有网站上标记号码', allSitesHelp: '默认只在支持的短信、通话记录网站和投诉平台上标记。开启后需要浏览器授权“读取所有网站”；号码比对只在本机进行。',
    allSitesActive: '已在所有网站上启用。', allSitesAsk: '请在浏览器弹出的提示中允许安宁读取网站内容。', allSitesDenied: '浏览器没有授予权限，未开启。', offSites: '已停用标记的网站', noOffSites: '没有停用的网站。',
    turnOn: '重新启用', addOffSite: '在此网站停用（输入网址或域名）', offSite: '停用', colours: '颜色：红色 = 催收，橙色虚线 = 疑似催收，绿色点线 = 可信（银行、法院 12368 等）。',
    failed: '操作失败：{e}', detail: '号码详情',
  },
  en: {
    title: 'Number book', intro: 'Note collector, harassing and trusted numbers here. While you browse, Anning marks them on pages (matched on this computer only, never uploaded).',
    add: 'Add number', number: 'Number', label: 'Name / label', lender: 'Lender / institution', case: 'Case', noCase: '(none)', tags: 'Tags',
    status: 'Status', source: 'Source', notes: 'Notes', first: 'First contact', last: 'Last contact', counts: 'Messages / calls', violations: 'Problems found',
    collector: 'Collector', suspected: 'Suspected', safe: 'Trusted', unknown: 'Not classified',
    user: 'Added by me', import: 'Imported list', subscription: 'List subscription', inferred: 'Inferred from evidence',
    save: 'Save', cancel: 'Cancel', edit: 'Edit', delete: 'Delete', merge: 'Merge into one collector', undo: 'Undo delete', deleted: 'Deleted {n} numbers.',
    mergeHint: 'Select two or more numbers to merge: each keeps its number; they share name, lender, tags and notes.', merged: 'Merged {n} numbers.',
    selected: '{n} selected', filter: 'Search number, name or lender', all: 'All', empty: 'The number book is empty.', noMatch: 'No numbers match.',
    badNumber: '“{n}” is not a valid phone number', saved: 'Saved.', otherTag: 'Other tags (comma separated)',
    suggestions: 'Likely collectors', suggestionsIntro: 'These numbers sent messages recognised as debt collection. Confirm before marking (a virtual-operator number alone is never suggested).',
    confirm: 'Confirm collector', dismiss: 'Not a collector', noSuggestions: 'No suggestions right now.', example: 'e.g. ',
    lists: 'Import and export lists', importFile: 'Choose a list file (TXT / CSV / JSON)', importAs: 'Numbers without a status in the list become', importNow: 'Import',
    importOk: 'Imported: {a} added, {u} updated, {c} unchanged.', importPreview: 'Read {n} numbers ({f}).', exportAs: 'Export as', exportBtn: 'Export {f}',
    formatHelp: 'Format: one number per line, optional name after #; CSV needs a header (number); JSON: see docs/NUMBER-LISTS.md.',
    subs: 'List subscriptions', subsIntro: 'Anning downloads a subscribed list every 6 hours to update the book. It only downloads; nothing is uploaded.',
    subUrl: 'List address (https://…)', subscribe: 'Subscribe', unsubscribe: 'Unsubscribe', refresh: 'Update now', lastUpdate: 'Last update', lastCheck: 'Last check',
    never: 'never', count: '{n} numbers', subError: 'Update failed: {e}', permissionDenied: 'Access to that site was not granted; cannot subscribe.',
    flagging: 'Marking numbers on pages', allSites: 'Mark numbers on all sites', allSitesHelp: 'By default numbers are marked only on supported SMS / call-log sites and complaint portals. Turning this on asks the browser for access to all sites; matching stays on this computer.',
    allSitesActive: 'Active on all sites.', allSitesAsk: 'Please allow access in the browser prompt.', allSitesDenied: 'The browser did not grant access; still off.', offSites: 'Sites where marking is off', noOffSites: 'No sites switched off.',
    turnOn: 'Turn back on', addOffSite: 'Switch off on a site (address or domain)', offSite: 'Switch off', colours: 'Colours: red = collector, orange dashed = suspected, green dotted = trusted (banks, court 12368 …).',
    failed: 'Failed: {e}', detail: 'Number details',
  },
});

type Msg = Parameters<typeof t>[0];
const STATUSES: NumberStatus[] = ['collector', 'suspected', 'safe', 'unknown'];
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function StatusPill({ status }: { status: NumberStatus }) {
  return <span class={`an-pill an-pill-${status}`}>{t(status)}</span>;
}

function NumberForm(props: { entry?: NumberEntry; onDone: (msg?: string) => void }) {
  const e = props.entry;
  const cases = useLive(() => getDb().cases.toArray(), [], []);
  const [number, setNumber] = useState(e?.display ?? '');
  const [label, setLabel] = useState(e?.label ?? '');
  const [lender, setLender] = useState(e?.lender ?? '');
  const [caseId, setCaseId] = useState<number | null>(e?.caseId ?? null);
  const [status, setStatus] = useState<NumberStatus>(e?.status ?? 'collector');
  const [tags, setTags] = useState<string[]>(e?.tags ?? []);
  const [other, setOther] = useState('');
  const [notes, setNotes] = useState(e?.notes ?? '');
  const [error, setError] = useState('');
  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (!parsePhone(number)) return setError(t('badNumber', { n: number }));
    const extra = other.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
    try {
      await request('numbers/save', { number: e?.key ?? number, fields: { label, lender, caseId, status, tags: [...tags, ...extra], notes } });
      props.onDone(t('saved'));
    } catch (err) {
      setError(t('failed', { e: errText(err) }));
    }
  };
  const toggle = (tag: string) => setTags(tags.includes(tag) ? tags.filter((x) => x !== tag) : [...tags, tag]);
  return (
    <form class="an-detail an-form" onSubmit={submit} data-testid="number-form" aria-label={e ? t('edit') : t('add')}>
      <label>
        {t('number')} <input value={number} disabled={!!e} required onInput={(x) => setNumber(x.currentTarget.value)} />
      </label>
      <label>
        {t('label')} <input value={label} onInput={(x) => setLabel(x.currentTarget.value)} />
      </label>
      <label>
        {t('lender')} <input value={lender} onInput={(x) => setLender(x.currentTarget.value)} />
      </label>
      {cases.length > 0 && (
        <label>
          {t('case')}{' '}
          <select value={caseId ?? ''} onChange={(x) => setCaseId(x.currentTarget.value ? Number(x.currentTarget.value) : null)}>
            <option value="">{t('noCase')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('status')}{' '}
        <select value={status} onChange={(x) => setStatus(x.currentTarget.value as NumberStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(s)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('tags')}</legend>
        {[...new Set([...SUGGESTED_TAGS, ...tags])].map((tag) => (
          <label key={tag} class="an-check">
            <input type="checkbox" checked={tags.includes(tag)} onChange={() => toggle(tag)} /> {tag}
          </label>
        ))}
        <label>
          {t('otherTag')} <input value={other} onInput={(x) => setOther(x.currentTarget.value)} />
        </label>
      </fieldset>
      <label>
        {t('notes')} <textarea value={notes} onInput={(x) => setNotes(x.currentTarget.value)} rows={3} />
      </label>
      {error && (
        <p role="alert" class="an-error">
          {error}
        </p>
      )}
      <div class="an-actions">
        <Button kind="primary" type="submit">
          {t('save')}
        </Button>
        <Button onClick={() => props.onDone()}>{t('cancel')}</Button>
      </div>
    </form>
  );
}

function NumberDetail(props: { entry: NumberEntry; onEdit: () => void }) {
  const [card, setCard] = useState<Awaited<ReturnType<typeof loadCard>> | null>(null);
  useEffect(() => {
    setCard(null);
    void loadCard(props.entry.key).then(setCard, () => setCard(null));
  }, [props.entry.key, props.entry.updatedAt]);
  const e = props.entry;
  const caseName = useLive(async () => (e.caseId !== undefined ? (await getDb().cases.get(e.caseId))?.name : undefined), [e.caseId], undefined as string | undefined);
  return (
    <section class="an-detail" data-testid="number-detail" aria-label={t('detail')}>
      <h2>
        {e.display} <StatusPill status={e.status} />
      </h2>
      <dl>
        <dt>{t('label')}</dt>
        <dd>{e.label || '—'}</dd>
        <dt>{t('lender')}</dt>
        <dd>{e.lender || '—'}</dd>
        {caseName && (
          <>
            <dt>{t('case')}</dt>
            <dd>{caseName}</dd>
          </>
        )}
        <dt>{t('tags')}</dt>
        <dd>{e.tags.join('、') || '—'}</dd>
        <dt>{t('source')}</dt>
        <dd>{t(e.source as Msg)}</dd>
        <dt>{t('counts')}</dt>
        <dd>{card ? `${card.stats.messages} / ${card.stats.calls}` : '…'}</dd>
        <dt>{t('first')}</dt>
        <dd>{card?.stats.firstAt ? formatBeijing(card.stats.firstAt, false) : '—'}</dd>
        <dt>{t('last')}</dt>
        <dd>{card?.stats.lastAt ? formatBeijing(card.stats.lastAt, false) : '—'}</dd>
        <dt>{t('violations')}</dt>
        <dd>{card?.stats.violations.length ? card.stats.violations.map((v) => `${violationName(v.violation)} ×${v.count}`).join('、') : '—'}</dd>
        <dt>{t('notes')}</dt>
        <dd class="an-text">{e.notes || '—'}</dd>
      </dl>
      <Button onClick={props.onEdit}>{t('edit')}</Button>
    </section>
  );
}

const loadCard = (key: string) => request('numbers/card', { key });

function Book(props: { focusKey: string | null }) {
  const db = getDb();
  const entries = useLive(() => db.numbers.orderBy('updatedAt').reverse().toArray(), [], [] as NumberEntry[]);
  const counts = useLive(() => contactCounts(db), [], new Map<string, { messages: number; calls: number; firstAt: number; lastAt: number }>());
  const [query, setQuery] = useState('');
  const [statusFilter, setStatusFilter] = useState<NumberStatus | ''>('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<NumberEntry | 'new' | null>(null);
  const [open, setOpen] = useState<string | null>(props.focusKey);
  const [note, setNote] = useState('');
  const [trashId, setTrashId] = useState<number | null>(null);
  useEffect(() => setOpen(props.focusKey), [props.focusKey]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const qKey = parsePhone(q)?.key;
    return entries.filter(
      (e) =>
        (!statusFilter || e.status === statusFilter) &&
        (!q || e.key === qKey || e.key.includes(q.replace(/\D/g, '') || '\u0000') || e.label.toLowerCase().includes(q) || e.lender.toLowerCase().includes(q) || e.tags.some((x) => x.includes(q))),
    );
  }, [entries, query, statusFilter]);
  const openEntry = entries.find((e) => e.key === open);
  const act = async (what: () => Promise<string | undefined>) => {
    try {
      setNote((await what()) ?? '');
    } catch (err) {
      setNote(t('failed', { e: errText(err) }));
    }
  };
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };
  return (
    <section aria-labelledby="book-title">
      <h2 id="book-title" class="an-visually-hidden">
        {t('title')}
      </h2>
      <div class="an-toolbar">
        <Button kind="primary" onClick={() => setEditing('new')}>
          {t('add')}
        </Button>
        <input type="search" placeholder={t('filter')} aria-label={t('filter')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        <select aria-label={t('status')} value={statusFilter} onChange={(e) => setStatusFilter(e.currentTarget.value as NumberStatus | '')}>
          <option value="">{t('all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(s)}
            </option>
          ))}
        </select>
        {selected.size > 0 && <span class="an-muted">{t('selected', { n: selected.size })}</span>}
        <Button
          disabled={selected.size < 2}
          title={t('mergeHint')}
          onClick={() =>
            void act(async () => {
              const keys = [...selected];
              const r = await request('numbers/merge', { keys, into: keys[0]! });
              setSelected(new Set());
              return t('merged', { n: r.merged });
            })
          }
        >
          {t('merge')}
        </Button>
        <Button
          kind="danger"
          disabled={selected.size === 0}
          onClick={() =>
            void act(async () => {
              const r = await request('numbers/delete', { keys: [...selected] });
              setSelected(new Set());
              setTrashId(r.trashId ?? null);
              return t('deleted', { n: r.deleted });
            })
          }
        >
          {t('delete')}
        </Button>
        {trashId !== null && (
          <Button
            onClick={() =>
              void act(async () => {
                await request('numbers/undoDelete', { trashId });
                setTrashId(null);
                return '';
              })
            }
          >
            {t('undo')}
          </Button>
        )}
      </div>
      <p role="status" class="an-muted" data-testid="book-status">
        {note}
      </p>
      {editing && (
        <NumberForm
          key={editing === 'new' ? 'new' : editing.key}
          entry={editing === 'new' ? undefined : editing}
          onDone={(msg) => {
            setEditing(null);
            if (msg) setNote(msg);
          }}
        />
      )}
      {openEntry && !editing && <NumberDetail entry={openEntry} onEdit={() => setEditing(openEntry)} />}
      {entries.length === 0 ? (
        <Empty>{t('empty')}</Empty>
      ) : shown.length === 0 ? (
        <Empty>{t('noMatch')}</Empty>
      ) : (
        <table class="an-table" data-testid="number-table">
          <thead>
            <tr>
              <th>
                <span class="an-visually-hidden">{t('selected', { n: '' })}</span>
              </th>
              <th>{t('number')}</th>
              <th>{t('status')}</th>
              <th>{t('label')}</th>
              <th>{t('lender')}</th>
              <th>{t('tags')}</th>
              <th>{t('source')}</th>
              <th>{t('counts')}</th>
              <th>{t('last')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 2000).map((e) => {
              const c = counts.get(e.key);
              return (
                <tr key={e.key} aria-selected={open === e.key} data-key={e.key}>
                  <td>
                    <input type="checkbox" aria-label={e.display} checked={selected.has(e.key)} onChange={() => toggle(e.key)} />
                  </td>
                  <td class="an-nowrap">
                    <button type="button" class="an-link" onClick={() => setOpen(e.key)}>
                      {e.display}
                    </button>
                  </td>
                  <td>
                    <StatusPill status={e.status} />
                  </td>
                  <td>{e.label}</td>
                  <td>{e.lender}</td>
                  <td>{e.tags.join('、')}</td>
                  <td>{t(e.source as Msg)}</td>
                  <td>{c ? `${c.messages} / ${c.calls}` : '0 / 0'}</td>
                  <td class="an-nowrap">{c ? formatBeijing(c.lastAt, false) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Suggestions() {
  const [list, setList] = useState<Suggestion[] | null>(null);
  const [error, setError] = useState('');
  const load = () => request('numbers/suggestions', {}).then(setList, (e) => setError(errText(e)));
  useEffect(() => void load(), []);
  const decide = async (key: string, status: NumberStatus) => {
    try {
      await request('numbers/save', { number: key, fields: status === 'collector' ? { status, tags: ['催收'] } : { status }, source: 'inferred' });
      await load();
    } catch (e) {
      setError(errText(e));
    }
  };
  return (
    <section aria-labelledby="sugg-title" data-testid="suggestions">
      <h2 id="sugg-title">{t('suggestions')}</h2>
      <p class="an-muted">{t('suggestionsIntro')}</p>
      {error && <p role="alert">{t('failed', { e: error })}</p>}
      {list && list.length === 0 && <Empty>{t('noSuggestions')}</Empty>}
      {list && list.length > 0 && (
        <ul class="an-list">
          {list.map((s) => (
            <li key={s.key}>
              <strong>{parsePhone(s.key)?.display ?? s.key}</strong> · {t('counts')} {s.messages} / {s.calls}
              {s.lastAt ? ` · ${t('last')} ${formatBeijing(s.lastAt, false)}` : ''}
              {s.violations.length > 0 && ` · ${s.violations.map((v) => violationName(v.violation)).join('、')}`}
              <div class="an-muted an-text">
                {t('example')}
                {s.example}
              </div>
              <div class="an-actions">
                <Button kind="primary" onClick={() => void decide(s.key, 'collector')}>
                  {t('confirm')}
                </Button>
                <Button onClick={() => void decide(s.key, 'unknown')}>{t('dismiss')}</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Lists() {
  const [file, setFile] = useState<{ name: string; text: string; format: ListFormat; count: number } | null>(null);
  const [status, setStatus] = useState<NumberStatus>('collector');
  const [msg, setMsg] = useState('');
  const [error, setError] = useState('');
  const onFile = async (input: HTMLInputElement) => {
    setMsg('');
    setError('');
    setFile(null);
    const f = input.files?.[0];
    if (!f) return;
    const text = await f.text();
    const format = detectListFormat(text, f.name);
    try {
      const list = parseList(text, format);
      setFile({ name: f.name, text, format, count: list.items.length });
    } catch (e) {
      setError(e instanceof ListError ? describeListError(e.code, e.line, e.detail, getLang()) : errText(e));
    }
  };
  const doImport = async () => {
    if (!file) return;
    try {
      const r = await request('numbers/import', { text: file.text, format: file.format, status, fileName: file.name });
      setMsg(t('importOk', { a: r.added, u: r.updated, c: r.unchanged }));
      setFile(null);
    } catch (e) {
      setError(errText(e));
    }
  };
  const doExport = async (format: ListFormat) => {
    const entries = await getDb().numbers.orderBy('key').toArray();
    const ext = format === 'text' ? 'txt' : format;
    const type = format === 'json' ? 'application/json' : format === 'csv' ? 'text/csv' : 'text/plain';
    download(`anning-numbers.${ext}`, serializeList(entries, format, '安宁号码本'), `${type};charset=utf-8`);
  };
  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title">{t('lists')}</h2>
      <p class="an-muted">{t('formatHelp')}</p>
      <label>
        {t('importFile')} <input type="file" accept=".txt,.csv,.json,text/plain,text/csv,application/json" data-testid="list-file" onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {error && (
        <p role="alert" class="an-error" data-testid="list-error">
          {error}
        </p>
      )}
      {file && (
        <div class="an-actions">
          <span>{t('importPreview', { n: file.count, f: file.format })}</span>
          <label>
            {t('importAs')}{' '}
            <select value={status} onChange={(e) => setStatus(e.currentTarget.value as NumberStatus)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(s)}
                </option>
              ))}
            </select>
          </label>
          <Button kind="primary" onClick={() => void doImport()}>
            {t('importNow')}
          </Button>
        </div>
      )}
      {msg && (
        <p role="status" data-testid="list-status">
          {msg}
        </p>
      )}
      <div class="an-actions">
        <span>{t('exportAs')}</span>
        {(['text', 'csv', 'json'] as const).map((f) => (
          <Button key={f} onClick={() => void doExport(f)}>
            {t('exportBtn', { f: f === 'text' ? 'TXT' : f.toUpperCase() })}
          </Button>
        ))}
      </div>
    </section>
  );
}

function Subscriptions() {
  const subs = useLive(() => getDb().subscriptions.toArray(), [], []);
  const [url, setUrl] = useState('');
  const [msg, setMsg] = useState('');
  const subscribe = (ev: Event) => {
    ev.preventDefault();
    setMsg('');
    let pattern: string;
    try {
      pattern = originPattern(url);
    } catch (e) {
      setMsg(t('failed', { e: errText(e) }));
      return;
    }
    // Asked straight from the click: browsers grant permissions only during a user gesture.
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) return setMsg(t('permissionDenied'));
      try {
        const r = await request('numbers/subscribe', { url });
        setMsg(r.status === 'failed' ? t('subError', { e: r.error ?? '' }) : '');
        setUrl('');
      } catch (e) {
        setMsg(t('failed', { e: errText(e) }));
      }
    });
  };
  const unsubscribe = async (id: number, listUrl: string) => {
    await request('numbers/unsubscribe', { id });
    // Give back the access to that site unless another list there or "all sites" still needs it.
    const pattern = originPattern(listUrl);
    const others = (await getDb().subscriptions.toArray()).some((x) => x.id !== id && originPattern(x.url) === pattern);
    const settings = await request('flag/settings', {});
    if (!others && !settings.allSitesActive) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  };
  return (
    <section aria-labelledby="subs-title" data-testid="subscriptions">
      <h2 id="subs-title">{t('subs')}</h2>
      <p class="an-muted">{t('subsIntro')}</p>
      <form class="an-actions" onSubmit={subscribe}>
        <input type="url" required placeholder={t('subUrl')} aria-label={t('subUrl')} value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <Button type="submit">{t('subscribe')}</Button>
      </form>
      {msg && <p role="status">{msg}</p>}
      <ul class="an-list">
        {subs.map((s) => (
          <li key={s.id} data-testid="subscription">
            <strong>{s.title || s.url}</strong> <span class="an-muted an-mono">{s.url}</span>
            <div>
              {t('count', { n: s.count })} · {t('lastUpdate')} {s.lastUpdatedAt ? formatBeijing(s.lastUpdatedAt, false) : t('never')} · {t('lastCheck')}{' '}
              {s.lastCheckedAt ? formatBeijing(s.lastCheckedAt, false) : t('never')}
            </div>
            {s.lastError && (
              <div role="alert" class="an-error">
                {t('subError', { e: s.lastError })}
              </div>
            )}
            <div class="an-actions">
              <Button onClick={() => void request('numbers/refreshLists', { id: s.id! }).catch((e) => setMsg(errText(e)))}>{t('refresh')}</Button>
              <Button kind="danger" onClick={() => void unsubscribe(s.id!, s.url).catch((e) => setMsg(errText(e)))}>
                {t('unsubscribe')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FlagSwitches() {
  const [settings, setSettings] = useState<{ allSites: boolean; allSitesActive: boolean; offHosts: string[] } | null>(null);
  const [msg, setMsg] = useState('');
  const [site, setSite] = useState('');
  const load = () => request('flag/settings', {}).then(setSettings, (e) => setMsg(errText(e)));
  useEffect(() => void load(), []);
  const toggleAll = (box: HTMLInputElement) => {
    const on = box.checked;
    // The box shows what is in force, not what was clicked, until the browser has answered.
    box.checked = !!settings?.allSitesActive;
    setMsg('');
    if (on) {
      setMsg(t('allSitesAsk'));
      // permissions.request must run inside the click's user gesture: nothing awaited before it.
      void browser.permissions.request(ALL_SITES_PERMISSION).then(async (granted) => {
        if (!granted) {
          setMsg(t('allSitesDenied'));
          return load();
        }
        const r = await request('flag/setAllSites', { on: true });
        setSettings(r);
        setMsg(r.allSitesActive ? t('allSitesActive') : t('allSitesDenied'));
      }, (e) => setMsg(t('failed', { e: errText(e) })));
    } else {
      void request('flag/setAllSites', { on: false })
        .then(async (r) => {
          setSettings(r);
          // Switching off also gives the access back, so nothing keeps reading every site.
          await browser.permissions.remove(ALL_SITES_PERMISSION).catch(() => false);
        })
        .catch((e) => setMsg(t('failed', { e: errText(e) })));
    }
  };
  const setOff = (host: string, off: boolean) =>
    void request('flag/setSite', { host, off }).then(() => load(), (e) => setMsg(t('failed', { e: errText(e) })));
  const addSite = (ev: Event) => {
    ev.preventDefault();
    let host = site.trim();
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return;
    }
    setSite('');
    setOff(host, true);
  };
  return (
    <section aria-labelledby="flag-title" data-testid="flag-switches">
      <h2 id="flag-title">{t('flagging')}</h2>
      <label class="an-check">
        <input type="checkbox" checked={!!settings?.allSitesActive} disabled={!settings} data-testid="all-sites" onChange={(e) => toggleAll(e.currentTarget)} /> {t('allSites')}
      </label>
      <p class="an-muted">{t('allSitesHelp')}</p>
      <p class="an-muted">{t('colours')}</p>
      {msg && (
        <p role="status" data-testid="flag-status">
          {msg}
        </p>
      )}
      <h3>{t('offSites')}</h3>
      {settings && settings.offHosts.length === 0 && <p class="an-muted">{t('noOffSites')}</p>}
      <ul class="an-list">
        {settings?.offHosts.map((h) => (
          <li key={h}>
            <span class="an-mono">{h}</span> <Button onClick={() => setOff(h, false)}>{t('turnOn')}</Button>
          </li>
        ))}
      </ul>
      <form class="an-actions" onSubmit={addSite}>
        <input value={site} placeholder="example.com" aria-label={t('addOffSite')} onInput={(e) => setSite(e.currentTarget.value)} />
        <Button type="submit">{t('offSite')}</Button>
      </form>
    </section>
  );
}

function NumbersSection({ route }: { route: Route }) {
  const key = route.params.get('key');
  return (
    <section aria-labelledby="numbers-title" class="an-numbers">
      <style>{NUMBERS_CSS}</style>
      <h1 id="numbers-title">{t('title')}</h1>
      <p class="an-muted">{t('intro')}</p>
      <Book focusKey={key ? (parsePhone(key)?.key ?? key) : null} />
      <Suggestions />
      <Lists />
      <Subscriptions />
      <FlagSwitches />
    </section>
  );
}

const NUMBERS_CSS = `
.an-numbers > section { margin: 20px 0; }
.an-toolbar, .an-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.an-form { display: grid; gap: 8px; max-width: 560px; margin: 8px 0; }
.an-form input, .an-form select, .an-form textarea { font: inherit; }
.an-form fieldset { border: 1px solid var(--an-line); border-radius: 6px; }
.an-check { display: inline-flex; gap: 4px; align-items: center; margin-right: 10px; }
.an-pill { font-size: 12px; padding: 1px 8px; border-radius: 999px; color: #fff; white-space: nowrap; }
.an-pill-collector { background: #b42318; } .an-pill-suspected { background: #b54708; }
.an-pill-safe { background: #1a7f37; } .an-pill-unknown { background: #5b6475; }
.an-link { background: none; border: 0; padding: 0; color: var(--an-accent); text-decoration: underline; cursor: pointer; font: inherit; }
.an-list { list-style: none; padding: 0; } .an-list li { background: var(--an-card); border: 1px solid var(--an-line); border-radius: 8px; padding: 8px 12px; margin: 6px 0; }
.an-error { color: var(--an-danger); }
.an-numbers .an-detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
.an-numbers .an-detail dd { margin: 0; }
`;

/** Loaded on demand by the list in ./index.ts. */
export default NumbersSection;
