/** Progress and result of one import. Presentational: all state comes in. */
import { defineMessages } from '../utils/i18n';
import type { ImportOutcome } from '../utils/import/run';

const t = defineMessages({
  zh: {
    reading: '正在读取 {done} / {total}', records: '已读出 短信 {sms} · 彩信 {mms} · 通话 {calls}', cancel: '取消导入',
    committed: '导入完成：新增 {added} 条，{dup} 条之前已保存（重复，未再保存）。',
    committedMsgs: '短信/消息 新增 {ma}，重复 {md}；通话 新增 {ca}，重复 {cd}。',
    refused: '没有导入：文件里有 {n} 条记录无法读取。为保证证据完整，整个文件都没有保存。请看下面的原因和位置。',
    cancelled: '已取消，没有保存任何记录。', failed: '没有导入：{error}', stoppedNote: '（已按你的要求停止，保存了停止前读到的记录）',
  },
  en: {
    reading: 'Reading {done} / {total}', records: 'Read SMS {sms} · MMS {mms} · calls {calls}', cancel: 'Cancel import',
    committed: 'Import done: {added} new records; {dup} were already saved (duplicates, not saved again).',
    committedMsgs: 'Messages: {ma} new, {md} duplicate; calls: {ca} new, {cd} duplicate.',
    refused: 'Not imported: {n} records in the file could not be read. To keep the evidence complete, nothing from the file was saved. Reasons and positions below.',
    cancelled: 'Cancelled; nothing was saved.', failed: 'Not imported: {error}', stoppedNote: '(stopped as you asked; records read before that were saved)',
  },
});

export interface ImportProgressView {
  done: number;
  total: number;
  unit: 'bytes' | 'rows';
  counts?: { sms: number; mms: number; calls: number };
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

export function ImportProgress(props: { progress: ImportProgressView; onCancel: () => void }) {
  const p = props.progress;
  const fmt = p.unit === 'bytes' ? mb : String;
  return (
    <div class="an-import-progress" data-testid="import-progress">
      <progress max={p.total || 1} value={p.done} aria-label={t('reading', { done: fmt(p.done), total: fmt(p.total) })} />
      <span role="status" aria-live="polite">
        {t('reading', { done: fmt(p.done), total: fmt(p.total) })}
        {p.counts ? ` · ${t('records', p.counts)}` : ''}
      </span>
      <button type="button" class="an-btn an-btn-danger" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

export function ImportResult(props: { outcome?: ImportOutcome; error?: string }) {
  const o = props.outcome;
  if (props.error) {
    return (
      <div class="an-import-result an-bad" role="alert" data-testid="import-result">
        {t('failed', { error: props.error })}
      </div>
    );
  }
  if (!o) return null;
  return (
    <div class={`an-import-result ${o.status === 'committed' ? 'an-good' : 'an-bad'}`} role="status" data-testid="import-result">
      <p>
        {o.status === 'committed' && t('committed', { added: o.added, dup: o.duplicates })}
        {o.status === 'committed' && o.stopped && ` ${t('stoppedNote')}`}
        {o.status === 'refused' && t('refused', { n: o.rejected })}
        {o.status === 'cancelled' && t('cancelled')}
      </p>
      {o.status === 'committed' && (
        <p class="an-muted">{t('committedMsgs', { ma: o.messages.added, md: o.messages.duplicates, ca: o.calls.added, cd: o.calls.duplicates })}</p>
      )}
      {o.lines.length > 0 && (
        <ul class="an-import-lines" data-testid="import-lines">
          {o.lines.slice(0, 50).map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
