/** The bar a capture content script shows on a supported page. Presentational: all state comes in. */
import { defineMessages } from '../utils/i18n';

const t = defineMessages({
  zh: {
    ready: '安宁：可以把本页的{what}保存为证据', save: '保存为证据', stop: '停止', close: '关闭',
    running: '正在读取… 已读 {done} 条', runningTotal: '正在读取… {done} / {total}',
    done: '已保存 {added} 条新证据，{dup} 条之前已保存。', failed: '没有保存：{error}', stopped: '已停止：保存了 {added} 条。',
  },
  en: {
    ready: 'Anning: save the {what} on this page as evidence', save: 'Save as evidence', stop: 'Stop', close: 'Close',
    running: 'Reading… {done} so far', runningTotal: 'Reading… {done} / {total}',
    done: 'Saved {added} new records; {dup} were already saved.', failed: 'Nothing saved: {error}', stopped: 'Stopped: saved {added}.',
  },
});

export type CaptureState =
  | { phase: 'ready' }
  | { phase: 'running'; done: number; total?: number; note?: string }
  | { phase: 'done'; added: number; duplicates: number; stopped: boolean }
  | { phase: 'failed'; error: string };

export function CaptureBar(props: {
  what: string;
  state: CaptureState;
  /** Choices such as "this conversation" / "all conversations"; one plain save button without. */
  scopes?: Array<{ id: string; label: string }>;
  onSave: (scope?: string) => void;
  onStop: () => void;
  onClose: () => void;
}) {
  const s = props.state;
  return (
    <div class="bar" role="region" aria-label="安宁">
      <span class="msg" role="status" aria-live="polite">
        {s.phase === 'ready' && t('ready', { what: props.what })}
        {s.phase === 'running' &&
          (s.total ? t('runningTotal', { done: s.done, total: s.total }) : t('running', { done: s.done }))}
        {s.phase === 'running' && s.note ? ` · ${s.note}` : ''}
        {s.phase === 'done' && (s.stopped ? t('stopped', { added: s.added }) : t('done', { added: s.added, dup: s.duplicates }))}
        {s.phase === 'failed' && t('failed', { error: s.error })}
      </span>
      {s.phase === 'ready' && !props.scopes?.length && (
        <button type="button" class="primary" onClick={() => props.onSave()}>
          {t('save')}
        </button>
      )}
      {s.phase === 'ready' &&
        props.scopes?.map((scope, i) => (
          <button key={scope.id} type="button" class={i === 0 ? 'primary' : ''} onClick={() => props.onSave(scope.id)}>
            {scope.label}
          </button>
        ))}
      {s.phase === 'running' && (
        <button type="button" onClick={props.onStop}>
          {t('stop')}
        </button>
      )}
      <button type="button" class="close" aria-label={t('close')} title={t('close')} onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}

export const captureBarCss = `
.bar { font: 14px/1.4 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1d2331; background: #fff;
  border: 1px solid #1f6f5c; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px;
  display: flex; gap: 10px; align-items: center; max-width: min(520px, calc(100vw - 32px)); }
.msg { flex: 1; }
button { font: inherit; border-radius: 6px; border: 1px solid #c9ced8; background: #fff; padding: 4px 10px; cursor: pointer; color: inherit; }
button.primary { background: #1f6f5c; border-color: #1f6f5c; color: #fff; }
button.close { border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; }
button:focus-visible { outline: 2px solid #1f6f5c; outline-offset: 2px; }
`;
