/**
 * One record in full: the captured content (never editable), its seal, where and when it was
 * captured, each violation with the phrase highlighted and why it is wrong with the rule it breaks,
 * and the user's own notes, tags, case and owner (editable: they are outside the seal).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { citationsFor, formatCitation, ruleById, rulesFor } from '../utils/classify/rules';
import type { RecordViolation } from '../utils/classify/types';
import type { EvidenceOwner, EvidenceRecord } from '../utils/evidence/types';
import { defineMessages, getLang } from '../utils/i18n';
import { formatBeijing } from '../utils/i18n/time';
import { violationName } from '../utils/i18n/violationNames';
import type { AttachmentEntry, CaseEntry } from '../utils/store/types';
import type { RecordVerdict } from '../utils/view/classifyRecord';
import { kindLabel } from './EvidenceList';
import { Highlighted } from './Highlighted';

const t = defineMessages({
  zh: {
    title: '证据详情', content: '内容（原文，不可修改）', number: '号码', time: '时间（北京时间）', shown: '页面显示', kind: '类型',
    hash: 'SHA-256 哈希', page: '来源页面或文件', source: '来源', captured: '保存时间', id: '编号',
    violations: '违规与依据', none: '没有发现违规。', collection: '催收信息', notCollection: '不是催收信息',
    why: '为什么', basis: '依据', phrase: '触发语句', byOwner: '这条催收信息发给了借款人以外的人（{owner}），属于向第三人催收。',
    files: '附件', open: '打开', bytes: '{n} 字节',
    yours: '你的标注（不影响哈希）', notes: '备注', tags: '标签（用逗号分隔）', case: '案件（平台）', noCase: '未归类', owner: '证据来自谁的手机',
    save: '保存标注', saved: '已保存', close: '关闭', del: '删除这条证据', confirm: '确定删除这条证据吗？删除后 30 天内可以撤销。',
    borrower: '借款人本人', family: '家人', friend: '朋友', colleague: '同事', other: '其他人',
  },
  en: {
    title: 'Evidence detail', content: 'Content (verbatim, never editable)', number: 'Number', time: 'Time (Beijing)', shown: 'as shown', kind: 'Kind',
    hash: 'SHA-256 hash', page: 'Source page or file', source: 'Source', captured: 'Captured', id: 'Id',
    violations: 'Violations and rules', none: 'No violation found.', collection: 'Collection message', notCollection: 'Not a collection message',
    why: 'Why', basis: 'Legal basis', phrase: 'Phrase', byOwner: 'This collection message went to someone other than the borrower ({owner}): collecting from a third party.',
    files: 'Attachments', open: 'Open', bytes: '{n} bytes',
    yours: 'Your notes (outside the hash)', notes: 'Notes', tags: 'Tags (comma separated)', case: 'Case (lender)', noCase: 'No case', owner: "Whose phone it came from",
    save: 'Save notes', saved: 'Saved', close: 'Close', del: 'Delete this record', confirm: 'Delete this record? You can undo it for 30 days.',
    borrower: 'The borrower', family: 'Family', friend: 'Friend', colleague: 'Colleague', other: 'Someone else',
  },
});

// Only types the browser shows without running anything open in a tab; the rest are downloaded.
const INLINE = /^(image\/(png|jpeg|gif|webp)|audio\/|video\/|application\/pdf$|text\/plain$)/;

const OWNERS: EvidenceOwner[] = ['borrower', 'family', 'friend', 'colleague', 'other'];

export interface AnnotationEdit {
  notes: string;
  tags: string[];
  caseId: number | null;
  owner: EvidenceOwner;
}

function Why(props: { violation: RecordViolation; at: number; rule?: string; phrases: string[]; byOwner?: string }) {
  const lang = getLang();
  const rule = props.rule ? ruleById(props.rule as never) : rulesFor(props.violation)[0];
  const basis = citationsFor(props.violation, props.at, rule?.id);
  return (
    <li class="an-why" data-violation={props.violation}>
      <strong>{violationName(props.violation)}</strong>
      {props.phrases.length > 0 && (
        <div>
          {t('phrase')}：{props.phrases.map((p, i) => <mark key={i} class={`an-mark an-mark-${props.violation}`}>{p}</mark>)}
        </div>
      )}
      {props.byOwner && <p>{t('byOwner', { owner: props.byOwner })}</p>}
      {rule && (
        <p>
          <span class="an-muted">{t('why')}：</span>
          {rule.explanation[lang]}
        </p>
      )}
      {basis.length > 0 && (
        <details>
          <summary>{t('basis')}（{basis.length}）</summary>
          <ul>
            {basis.map((b) => (
              <li key={b.id}>{formatCitation(b, lang)}{b.note ? `（${lang === 'zh' ? b.note : b.noteEn ?? b.note}）` : ''}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function RecordDetail(props: {
  record: EvidenceRecord;
  verdict: RecordVerdict;
  cases: CaseEntry[];
  attachments?: AttachmentEntry[];
  onSave: (edit: AnnotationEdit) => Promise<void>;
  onDelete: () => void;
  onClose: () => void;
}) {
  const r = props.record;
  const v = props.verdict;
  const [notes, setNotes] = useState(r.notes);
  const [tags, setTags] = useState(r.tags.join('，'));
  const [caseId, setCaseId] = useState<number | null>(r.caseId ?? null);
  const [owner, setOwner] = useState<EvidenceOwner>(r.owner);
  const [status, setStatus] = useState('');
  const urls = useMemo(() => new Map((props.attachments ?? []).map((a) => [a.id, URL.createObjectURL(a.blob)])), [props.attachments]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a record (Enter in the list) takes focus to it, so keyboard and screen-reader users land there.
  useEffect(() => heading.current?.focus(), [r.id]);
  useEffect(() => {
    setNotes(r.notes);
    setTags(r.tags.join('，'));
    setCaseId(r.caseId ?? null);
    setOwner(r.owner);
    setStatus('');
  }, [r.id]);

  const byViolation = new Map<RecordViolation, { rule?: string; phrases: string[] }>();
  for (const h of v.hits) {
    const e = byViolation.get(h.violation) ?? { rule: h.rule, phrases: [] };
    if (h.end > h.start && !e.phrases.includes(h.phrase)) e.phrases.push(h.phrase);
    byViolation.set(h.violation, e);
  }
  for (const x of v.violations) if (!byViolation.has(x)) byViolation.set(x, { phrases: [] });

  const save = async (e: Event) => {
    e.preventDefault();
    await props.onSave({ notes, tags: tags.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean), caseId, owner });
    setStatus(t('saved'));
  };

  return (
    <section class="an-detail" aria-labelledby="detail-title" data-testid="record-detail">
      <div class="an-detail-head">
        <h2 id="detail-title" ref={heading} tabIndex={-1}>{t('title')}</h2>
        <button type="button" class="an-btn" onClick={props.onClose}>{t('close')}</button>
      </div>
      <dl class="an-dl">
        <dt>{t('time')}</dt>
        <dd>{formatBeijing(r.at, r.atPrecision !== 'min' && r.atPrecision !== 'day')}{r.atRaw ? `（${t('shown')}：${r.atRaw}）` : ''}</dd>
        <dt>{t('number')}</dt>
        <dd>{r.numberRaw}{r.number !== r.numberRaw ? ` · ${r.number}` : ''}</dd>
        <dt>{t('kind')}</dt>
        <dd>{kindLabel(r)}{r.kind === 'call' ? ` · ${r.durationSec}s` : ''}</dd>
        <dt>{t('content')}</dt>
        <dd class="an-content" data-testid="record-text"><Highlighted text={r.text} hits={v.hits} /></dd>
      </dl>
      <h3>{t('violations')}</h3>
      <p class="an-muted">{v.collection ? t('collection') : t('notCollection')}</p>
      {byViolation.size === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul class="an-whys">
          {[...byViolation].map(([violation, e]) => (
            <Why key={violation} violation={violation} at={r.at} rule={violation === 'third_party' && v.thirdPartyByOwner ? 'third_party.disclosure' : e.rule} phrases={e.phrases}
              byOwner={violation === 'third_party' && v.thirdPartyByOwner ? t(r.owner) : undefined} />
          ))}
        </ul>
      )}
      <dl class="an-dl">
        <dt>{t('hash')}</dt>
        <dd class="an-mono" data-testid="record-hash">{r.hash}</dd>
        <dt>{t('id')}</dt>
        <dd class="an-mono">{r.id}</dd>
        <dt>{t('page')}</dt>
        <dd class="an-text">{r.sourceUrl}</dd>
        <dt>{t('source')}</dt>
        <dd>{r.source}</dd>
        <dt>{t('captured')}</dt>
        <dd>{formatBeijing(r.capturedAt)}</dd>
      </dl>
      {props.attachments && props.attachments.length > 0 && (
        <>
          <h3>{t('files')}</h3>
          <ul data-testid="record-files">
            {props.attachments.map((a) => (
              <li key={a.id}>
                <a href={urls.get(a.id)} download={INLINE.test(a.type) ? undefined : a.name} target="_blank" rel="noopener">{a.name}</a>
                <span class="an-muted"> · {a.type} · {t('bytes', { n: a.size })}</span>
                <div class="an-mono an-muted">SHA-256 {a.id}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      <form class="an-form" onSubmit={save}>
        <h3>{t('yours')}</h3>
        <label>
          {t('notes')}
          <textarea value={notes} maxLength={20_000} rows={3} onInput={(e) => setNotes(e.currentTarget.value)} />
        </label>
        <label>
          {t('tags')}
          <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label>
          {t('case')}
          <select value={caseId ?? ''} onChange={(e) => setCaseId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
            <option value="">{t('noCase')}</option>
            {props.cases.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>
          {t('owner')}
          <select value={owner} onChange={(e) => setOwner(e.currentTarget.value as EvidenceOwner)}>
            {OWNERS.map((o) => <option key={o} value={o}>{t(o)}</option>)}
          </select>
        </label>
        <div class="an-actions">
          <button type="submit" class="an-btn an-btn-primary">{t('save')}</button>
          <span role="status" aria-live="polite">{status}</span>
          <button type="button" class="an-btn an-btn-danger" onClick={() => confirm(t('confirm')) && props.onDelete()}>{t('del')}</button>
        </div>
      </form>
    </section>
  );
}
