/** The element picker's panel: what it found under the pointer, the preview, and the choice. Presentational. */
import type { CaptureState } from './CaptureBar';
import type { GenericItem } from '../utils/capture/adapters/generic';
import { defineMessages } from '../utils/i18n';
import { formatBeijing } from '../utils/i18n/time';

const t = defineMessages({
  zh: {
    picking: '安宁：把鼠标移到一条消息上，点击选中（按 Esc 取消）。', found: '找到 {n} 条相似的消息，其中 {ok} 条可以保存：',
    none: '这里没有找到重复的消息列表，请点一条消息本身。', peer: '页面上没有号码时，对方是：', save: '保存这 {n} 条为证据',
    again: '重新选择', cancel: '取消', time: '时间', sender: '对方', dir: '方向', text: '内容', in: '收到', out: '发出', problem: '不能保存：{p}',
    running: '正在保存…', done: '已保存 {added} 条新证据，{dup} 条之前已保存。', failed: '没有保存：{error}', more: '……还有 {n} 条',
  },
  en: {
    picking: 'Anning: point at one message and click it (Esc cancels).', found: 'Found {n} similar messages; {ok} can be saved:',
    none: 'No repeated message list here; click one message itself.', peer: 'When the page shows no number, the other party is:', save: 'Save these {n} as evidence',
    again: 'Pick again', cancel: 'Cancel', time: 'Time', sender: 'From', dir: 'Direction', text: 'Text', in: 'Received', out: 'Sent', problem: 'Can’t save: {p}',
    running: 'Saving…', done: 'Saved {added} new records; {dup} were already saved.', failed: 'Nothing saved: {error}', more: '… {n} more',
  },
});

export type PickerView =
  | { phase: 'picking' }
  | { phase: 'preview'; items: GenericItem[]; peer: string }
  | { phase: 'saving'; state: CaptureState };

export function PickerPanel(props: {
  view: PickerView;
  onPeer: (peer: string) => void;
  onSave: () => void;
  onAgain: () => void;
  onClose: () => void;
}) {
  const v = props.view;
  if (v.phase === 'picking') {
    return (
      <div class="panel" role="dialog" aria-label="安宁">
        <span role="status">{t('picking')}</span>
        <button type="button" onClick={props.onClose}>{t('cancel')}</button>
      </div>
    );
  }
  if (v.phase === 'saving') {
    const s = v.state;
    return (
      <div class="panel" role="dialog" aria-label="安宁">
        <span role="status" aria-live="polite">
          {s.phase === 'running' && t('running')}
          {s.phase === 'done' && t('done', { added: s.added, dup: s.duplicates })}
          {s.phase === 'failed' && t('failed', { error: s.error })}
        </span>
        {s.phase !== 'running' && <button type="button" onClick={props.onClose}>×</button>}
      </div>
    );
  }
  const savable = v.items.filter((i) => !i.problem && (i.sender || v.peer.trim()));
  return (
    <div class="panel wide" role="dialog" aria-label="安宁">
      <p role="status">{v.items.length ? t('found', { n: v.items.length, ok: savable.length }) : t('none')}</p>
      {v.items.length > 0 && (
        <>
          <div class="scroll">
            <table>
              <thead>
                <tr><th>{t('time')}</th><th>{t('sender')}</th><th>{t('dir')}</th><th>{t('text')}</th></tr>
              </thead>
              <tbody>
                {v.items.slice(0, 30).map((i, n) => (
                  <tr key={n} class={i.problem ? 'bad' : ''}>
                    <td>{i.time ? `${formatBeijing(i.time.at, false)}（${i.time.raw}）` : ''}</td>
                    <td>{i.sender || v.peer}</td>
                    <td>{t(i.direction)}</td>
                    <td class="text">{i.problem ? t('problem', { p: i.problem }) : i.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {v.items.length > 30 && <p>{t('more', { n: v.items.length - 30 })}</p>}
          </div>
          {v.items.some((i) => !i.sender) && (
            <label>
              {t('peer')} <input value={v.peer} maxLength={200} onInput={(e) => props.onPeer((e.currentTarget as HTMLInputElement).value)} />
            </label>
          )}
        </>
      )}
      <div class="row">
        {savable.length > 0 && <button type="button" class="primary" onClick={props.onSave}>{t('save', { n: savable.length })}</button>}
        <button type="button" onClick={props.onAgain}>{t('again')}</button>
        <button type="button" onClick={props.onClose}>{t('cancel')}</button>
      </div>
    </div>
  );
}

export const pickerCss = `
.panel { font: 14px/1.4 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1d2331; background: #fff;
  border: 1px solid #1f6f5c; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px;
  display: flex; flex-direction: column; gap: 8px; max-width: min(420px, calc(100vw - 32px)); }
.panel.wide { max-width: min(760px, calc(100vw - 32px)); }
.scroll { max-height: 50vh; overflow: auto; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border-bottom: 1px solid #dde1e8; padding: 4px 6px; text-align: left; vertical-align: top; }
td.text { white-space: pre-wrap; word-break: break-word; }
tr.bad td { color: #b42318; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; border-radius: 6px; border: 1px solid #c9ced8; background: #fff; padding: 4px 10px; cursor: pointer; color: inherit; }
button.primary { background: #1f6f5c; border-color: #1f6f5c; color: #fff; }
input { font: inherit; padding: 4px; border: 1px solid #c9ced8; border-radius: 6px; }
`;
