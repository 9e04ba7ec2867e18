/** The complaint panel shown on a portal page. Presentational: state and actions come in as props. */
import { defineMessages } from '../../utils/i18n';
import type { FillOutcome } from '../../utils/complaints/fill/types';

export const t = defineMessages({
  zh: {
    open: '安宁：用证据填写投诉', title: '安宁 · 投诉助手', close: '关闭', minimize: '收起',
    caseLabel: '案件（借贷平台）', draftLabel: '使用哪份草稿', noCases: '还没有案件。请先在安宁的“案件”页建立案件，并把催收短信和通话归入案件。',
    preview: '将要填写的内容', fill: '填写表单', refill: '重新填写', images: '附上证据图片（摘要、逐日记录和已保存的截图）',
    never: '安宁不会替你提交。验证码、短信验证码、密码和同意条款请你自己填写或勾选，核对无误后自己点提交。',
    filled: '已填写', shortened: '已截短', blocked: '留给你填', no_value: '没有内容', no_option: '没有合适的选项', failed: '页面没有接受', unknown: '没认出',
    result: '填写结果：{ok} 项已填写，{left} 项需要你处理', copy: '复制', copied: '已复制',
    refTitle: '提交之后', refLabel: '投诉编号', refSave: '记录投诉编号', refSaved: '已记录，安宁会在“投诉”页提醒你跟进{due}。',
    due: '（答复期限 {date}）', found: '安宁在本页找到投诉编号：{ref}', foundSave: '记录到安宁', working: '正在准备…', error: '出错了：{error}',
    fileCount: '{n} 个文件', notes: '本网站须知', count: '共 {n} 个字段',
  },
  en: {
    open: 'Anning: fill this complaint from your evidence', title: 'Anning · complaint helper', close: 'Close', minimize: 'Minimise',
    caseLabel: 'Case (lender)', draftLabel: 'Draft to use', noCases: 'No cases yet. Create a case on Anning’s Cases page and put the collection messages and calls in it.',
    preview: 'What will be filled', fill: 'Fill the form', refill: 'Fill again', images: 'Attach evidence images (summary, timeline, saved screenshots)',
    never: 'Anning never submits. Enter the captcha, SMS code and password and tick the agreement yourself, check everything, then submit.',
    filled: 'filled', shortened: 'shortened', blocked: 'yours to fill', no_value: 'nothing to put', no_option: 'no matching option', failed: 'page did not take it', unknown: 'not recognised',
    result: 'Result: {ok} filled, {left} need you', copy: 'Copy', copied: 'Copied',
    refTitle: 'After submitting', refLabel: 'Complaint number', refSave: 'Record the number', refSaved: 'Recorded; the Complaints page will remind you to follow up{due}.',
    due: ' (answer due {date})', found: 'Anning found a complaint number on this page: {ref}', foundSave: 'Record in Anning', working: 'Preparing…', error: 'Something went wrong: {error}',
    fileCount: '{n} files', notes: 'About this site', count: '{n} fields',
  },
});

export interface PreviewRow {
  index: number;
  label: string;
  value: string;
  status: FillOutcome['status'] | 'planned';
  /** The full text, for copy buttons (value may be shortened). */
  full: string;
}

export interface PanelProps {
  portal: string;
  notes: string;
  cases: Array<{ id: number; name: string }>;
  caseId?: number;
  kinds: Array<{ id: string; name: string }>;
  kind: string;
  rows: PreviewRow[];
  filledOnce: boolean;
  busy: boolean;
  error?: string;
  withImages: boolean;
  canImages: boolean;
  found?: string;
  recorded?: string;
  onCase: (id: number) => void;
  onKind: (id: string) => void;
  onImages: (on: boolean) => void;
  onFill: () => void;
  onRecord: (ref: string) => void;
  onCopy: (text: string) => void;
  onClose: () => void;
}

export function Panel(p: PanelProps) {
  const ok = p.rows.filter((r) => r.status === 'filled').length;
  const left = p.rows.filter((r) => r.status !== 'filled' && r.status !== 'planned').length;
  return (
    <section class="panel" role="dialog" aria-label={t('title')}>
      <header>
        <strong>{t('title')}</strong> <span class="muted">· {p.portal}</span>
        <button type="button" class="x" aria-label={t('close')} title={t('close')} onClick={p.onClose}>×</button>
      </header>
      {p.found && (
        <div class="found" role="status">
          <p>{t('found', { ref: p.found })}</p>
          {!p.recorded && <button type="button" class="primary" onClick={() => p.onRecord(p.found!)}>{t('foundSave')}</button>}
        </div>
      )}
      {p.recorded && <p class="ok" role="status">{t('refSaved', { due: p.recorded })}</p>}
      {p.error && <p class="err" role="alert">{t('error', { error: p.error })}</p>}
      {p.cases.length === 0 ? (
        <p>{t('noCases')}</p>
      ) : (
        <>
          <div class="actions">
            <button type="button" class="primary" disabled={p.busy || !p.caseId} onClick={p.onFill}>
              {p.filledOnce ? t('refill') : t('fill')}
            </button>
            {p.busy && <span class="muted">{t('working')}</span>}
            {p.filledOnce && <span role="status">{t('result', { ok, left })}</span>}
          </div>
          <p class="warn">{t('never')}</p>
          <label class="field">
            {t('caseLabel')}
            <select value={String(p.caseId ?? '')} onChange={(e) => p.onCase(Number((e.currentTarget as HTMLSelectElement).value))}>
              {p.cases.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
            </select>
          </label>
          <label class="field">
            {t('draftLabel')}
            <select value={p.kind} onChange={(e) => p.onKind((e.currentTarget as HTMLSelectElement).value)}>
              {p.kinds.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
            </select>
          </label>
          {p.canImages && (
            <label class="check">
              <input type="checkbox" checked={p.withImages} onChange={(e) => p.onImages((e.currentTarget as HTMLInputElement).checked)} /> {t('images')}
            </label>
          )}
          <h3>{t('preview')}</h3>
          {!p.busy && p.rows.length > 0 && <p class="muted">{t('count', { n: p.rows.length })}</p>}
          <ul class="rows" data-testid="complain-rows">
            {p.rows.map((r) => (
              <li key={r.index} class={`row st-${r.status}`}>
                <span class="lbl">{r.label}</span>
                <span class="st">{r.status === 'planned' ? '' : t(r.status)}</span>
                <span class="val">{r.value}</span>
                {r.full && r.status !== 'filled' && r.status !== 'planned' && r.status !== 'blocked' && (
                  <button type="button" class="copy" onClick={() => p.onCopy(r.full)}>{t('copy')} {r.label}</button>
                )}
                {r.full && (r.status === 'shortened') && null}
              </li>
            ))}
          </ul>
          {p.filledOnce && <RecordForm onRecord={p.onRecord} recorded={!!p.recorded} />}
        </>
      )}
      <details>
        <summary>{t('notes')}</summary>
        <p>{p.notes}</p>
      </details>
    </section>
  );
}

function RecordForm(props: { onRecord: (ref: string) => void; recorded: boolean }) {
  if (props.recorded) return null;
  return (
    <form class="record" onSubmit={(e) => {
      e.preventDefault();
      const input = (e.currentTarget as HTMLFormElement).elements.namedItem('ref') as HTMLInputElement;
      if (input.value.trim()) props.onRecord(input.value.trim());
    }}>
      <h3>{t('refTitle')}</h3>
      <label class="field">{t('refLabel')} <input name="ref" autocomplete="off" /></label>
      <button type="submit">{t('refSave')}</button>
    </form>
  );
}

export const panelCss = `
:host { all: initial; }
.pill, .panel { font: 14px/1.45 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1d2331; }
.pill { background: #1f6f5c; color: #fff; border: 0; border-radius: 20px; padding: 8px 14px; box-shadow: 0 4px 14px rgba(0,0,0,.2); cursor: pointer; }
.panel { background: #fff; border: 1px solid #1f6f5c; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.22);
  width: min(440px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; padding: 10px 12px; box-sizing: border-box; }
header { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; }
header .x { margin-left: auto; border: 0; background: none; font-size: 20px; cursor: pointer; }
.muted { color: #5b6475; }
.warn { background: #fff7e6; border-radius: 6px; padding: 6px 8px; font-size: 13px; }
.err { color: #b42318; } .ok { color: #1a7f37; }
.actions { position: sticky; top: 0; background: #fff; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding: 4px 0; }
button { font: inherit; border-radius: 6px; border: 1px solid #c9ced8; background: #fff; padding: 4px 10px; cursor: pointer; color: inherit; }
button.primary { background: #1f6f5c; border-color: #1f6f5c; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid #1f6f5c; outline-offset: 2px; }
.field { display: block; margin: 6px 0; } .field select, .field input { display: block; width: 100%; font: inherit; padding: 4px; box-sizing: border-box; }
.check { display: block; margin: 6px 0; font-size: 13px; }
h3 { font-size: 14px; margin: 10px 0 4px; }
.rows { list-style: none; margin: 0; padding: 0; }
.row { display: grid; grid-template-columns: 8em 6em 1fr; gap: 2px 6px; border-top: 1px solid #eef0f3; padding: 4px 0; font-size: 13px; }
.row .lbl { font-weight: 600; } .row .val { white-space: pre-wrap; word-break: break-word; max-height: 4.5em; overflow: hidden; }
.row .copy { grid-column: 1 / -1; justify-self: start; font-size: 12px; padding: 1px 8px; }
.st-filled .st { color: #1a7f37; } .st-shortened .st, .st-no_option .st, .st-no_value .st, .st-unknown .st { color: #b54708; }
.st-failed .st { color: #b42318; } .st-blocked .st { color: #5b6475; }
.found { background: #eef5f2; border-radius: 6px; padding: 6px 8px; }
details { margin-top: 8px; font-size: 13px; color: #5b6475; }
`;
