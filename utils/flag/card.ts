/**
 * The card shown when the user hovers or focuses a flagged number: what the book and the evidence
 * say about it, and what the user can do. Plain DOM (no framework) to keep the content script small;
 * rendered inside the flag layer's closed shadow root; every string goes in as text, never as HTML.
 */
import type { RecordViolation } from '../classify/types';
import { defineMessages } from '../i18n';
import { formatBeijing } from '../i18n/time';
import { violationName } from '../i18n/violationNames';
import type { FlagInfo } from '../numbers/handlers';
import type { NumberStatus } from '../store/types';
import { STATUS_COLOURS } from './paint';

/** The card shows what the background sends a page for a flagged number (`numbers/lookup`). */
export type CardInfo = FlagInfo;

export interface CardStats {
  messages: number;
  calls: number;
  lastAt?: number;
  violations: Array<{ violation: RecordViolation; count: number }>;
}

export interface CardActions {
  load: (key: string) => Promise<CardStats>;
  mark: (key: string, status: NumberStatus) => Promise<void>;
  note: (key: string, note: string) => Promise<void>;
  open: (key: string) => Promise<void>;
}

const t = defineMessages({
  zh: {
    collector: '催收号码', suspected: '疑似催收', safe: '可信号码', unknown: '未分类',
    messages: '短信', calls: '通话', last: '最近联系', none: '暂无记录', violations: '发现的问题',
    markCollector: '标记为催收', notCollector: '不是催收', addNote: '添加备注', open: '在安宁中打开',
    save: '保存备注', cancel: '取消', close: '关闭', saved: '已保存', failed: '操作失败：{e}',
    notePlaceholder: '例如：自称某某法务部，威胁上门', loading: '正在读取证据…',
    hint: '按 Alt+Shift+K 进入卡片，Esc 关闭',
  },
  en: {
    collector: 'Collector', suspected: 'Suspected collector', safe: 'Known safe', unknown: 'Not classified',
    messages: 'Messages', calls: 'Calls', last: 'Last contact', none: 'No records yet', violations: 'Problems found',
    markCollector: 'Mark as collector', notCollector: 'Not a collector', addNote: 'Add note', open: 'Open in Anning',
    save: 'Save note', cancel: 'Cancel', close: 'Close', saved: 'Saved', failed: 'Failed: {e}',
    notePlaceholder: 'e.g. claimed to be a legal department, threatened a visit', loading: 'Reading evidence…',
    hint: 'Alt+Shift+K enters the card, Esc closes it',
  },
});

type Key = Parameters<typeof t>[0];

export const CARD_CSS = `
.card { position: fixed; z-index: 1; pointer-events: auto; width: 300px; max-width: calc(100vw - 16px);
  background: #fff; color: #1d2331; border: 1px solid #c9ced8; border-radius: 10px; padding: 12px;
  box-shadow: 0 6px 24px rgba(16, 24, 40, 0.18); font: 14px/1.45 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif; text-align: left; }
.card[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
.num { font-weight: 600; font-size: 15px; }
.st { font-size: 12px; padding: 1px 6px; border-radius: 999px; color: #fff; }
.st.unknown { background: #667085; }
.lab { margin: 0 0 4px; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; padding: 0; list-style: none; }
.tags li { font-size: 12px; background: #f2f4f7; border-radius: 4px; padding: 0 6px; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }
dt { color: #5b6475; } dd { margin: 0; }
.acts { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; font-size: 13px; padding: 4px 8px; border-radius: 6px; border: 1px solid #c9ced8; background: #fff; color: #1d2331; cursor: pointer; }
button.primary { background: #b42318; border-color: #b42318; color: #fff; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #1f6f5c; outline-offset: 2px; }
textarea { width: 100%; box-sizing: border-box; min-height: 56px; font: inherit; margin-top: 6px; }
.msg { font-size: 12px; color: #5b6475; margin: 6px 0 0; }
.x { position: absolute; top: 6px; right: 6px; border: 0; padding: 2px 6px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class FlagCard {
  readonly root: HTMLElement;
  private info: CardInfo | null = null;
  private serial = 0;

  constructor(
    parent: HTMLElement,
    private readonly actions: CardActions,
    private readonly onChange: (key: string, status?: NumberStatus) => void,
    private readonly onClose: () => void,
  ) {
    const doc = parent.ownerDocument;
    this.root = el(doc, 'div', 'card');
    this.root.hidden = true;
    this.root.setAttribute('role', 'dialog');
    this.root.setAttribute('aria-modal', 'false');
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.onClose();
    });
    // Events from the card bubble out of the shadow root into the page: keep typing a note from
    // triggering the page's keyboard shortcuts, and clicks from reaching the page's handlers.
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'wheel']) {
      this.root.addEventListener(type, (e) => e.stopPropagation());
    }
    parent.append(this.root);
  }

  get key(): string | null {
    return this.info && !this.root.hidden ? this.info.key : null;
  }

  get open(): boolean {
    return !this.root.hidden;
  }

  contains(x: number, y: number): boolean {
    if (this.root.hidden) return false;
    const r = this.root.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 4 && y <= r.bottom + 4;
  }

  show(info: CardInfo, anchor: { left: number; top: number; bottom: number }): void {
    const same = this.info?.key === info.key && !this.root.hidden;
    this.info = info;
    // Same number, new facts (after an action or a refresh): update the header, keep the rest as is
    // (a note being typed, the "saved" message).
    if (same) this.renderHeader();
    else this.render();
    const view = this.root.ownerDocument.defaultView!;
    this.root.hidden = false;
    const w = this.root.offsetWidth;
    const h = this.root.offsetHeight;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - w - 8));
    const below = anchor.bottom + 6;
    const top = below + h > view.innerHeight - 8 && anchor.top - h - 6 > 8 ? anchor.top - h - 6 : below;
    this.root.style.left = `${left}px`;
    this.root.style.top = `${Math.max(8, top)}px`;
  }

  hide(): void {
    this.root.hidden = true;
  }

  /** What is on the card and where (tests drive it with a real mouse and keyboard). */
  describe(): { label: string; text: string; controls: Array<{ name: string; x: number; y: number }>; focused: string } | null {
    if (this.root.hidden) return null;
    const controls = [...this.root.querySelectorAll<HTMLElement>('button, textarea')]
      .filter((b) => !b.hidden)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.getAttribute('aria-label') ?? b.textContent ?? '', x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
      });
    const active = (this.root.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    return {
      label: this.root.getAttribute('aria-label') ?? '',
      text: this.root.textContent ?? '',
      controls,
      focused: active ? (active.getAttribute('aria-label') ?? active.textContent ?? '') : '',
    };
  }

  /** Keyboard entry: move focus to the first action. */
  focus(): void {
    this.root.querySelector<HTMLButtonElement>('.acts button')?.focus();
  }

  private header: HTMLElement | null = null;

  private renderHeader(): void {
    const info = this.info!;
    const doc = this.root.ownerDocument;
    if (!this.header) return;
    this.root.setAttribute('aria-label', `${info.display} · ${t(info.status as Key)}`);
    const head = el(doc, 'p', 'head');
    const status = el(doc, 'span', `st ${info.status}`, t(info.status as Key));
    if (info.status !== 'unknown') status.style.background = STATUS_COLOURS[info.status];
    head.append(el(doc, 'span', 'num', info.display), status);
    const parts: Node[] = [head];
    const label = [info.label, info.lender].filter(Boolean).join(' · ');
    if (label) parts.push(el(doc, 'p', 'lab', label));
    if (info.tags.length) {
      const ul = el(doc, 'ul', 'tags');
      for (const tag of info.tags) ul.append(el(doc, 'li', undefined, tag));
      parts.push(ul);
    }
    this.header.replaceChildren(...parts);
  }

  private render(): void {
    const info = this.info!;
    const serial = ++this.serial;
    const doc = this.root.ownerDocument;
    this.root.replaceChildren();
    const close = el(doc, 'button', 'x', '×');
    close.setAttribute('aria-label', t('close'));
    close.addEventListener('click', () => this.onClose());
    this.header = el(doc, 'div');
    this.root.append(close, this.header);
    this.renderHeader();
    const stats = el(doc, 'dl');
    stats.append(el(doc, 'dd', 'msg', t('loading')));
    this.root.append(stats);
    const acts = el(doc, 'div', 'acts');
    const msg = el(doc, 'p', 'msg');
    msg.setAttribute('role', 'status');
    const run = async (what: () => Promise<void>) => {
      try {
        await what();
        // The action may have re-rendered the card (new status): report on whichever is showing.
        const shown = this.root.querySelector('.msg[role=status]') ?? msg;
        shown.textContent = t('saved');
      } catch (e) {
        msg.textContent = t('failed', { e: e instanceof Error ? e.message : String(e) });
      }
    };
    const button = (text: string, cls: string | undefined, onClick: () => void) => {
      const b = el(doc, 'button', cls, text);
      b.type = 'button';
      b.addEventListener('click', onClick);
      acts.append(b);
      return b;
    };
    button(t('markCollector'), 'primary', () =>
      void run(async () => {
        await this.actions.mark(info.key, 'collector');
        this.onChange(info.key, 'collector');
      }),
    );
    button(t('notCollector'), undefined, () =>
      void run(async () => {
        await this.actions.mark(info.key, 'safe');
        this.onChange(info.key, 'safe');
      }),
    );
    const noteButton = button(t('addNote'), undefined, () => {
      noteButton.hidden = true;
      const area = el(doc, 'textarea');
      area.placeholder = t('notePlaceholder');
      area.setAttribute('aria-label', t('addNote'));
      const save = el(doc, 'button', 'primary', t('save'));
      save.type = 'button';
      const cancel = el(doc, 'button', undefined, t('cancel'));
      cancel.type = 'button';
      const box = el(doc, 'div');
      box.append(area, save, doc.createTextNode(' '), cancel);
      acts.after(box);
      area.focus();
      cancel.addEventListener('click', () => {
        box.remove();
        noteButton.hidden = false;
        noteButton.focus();
      });
      save.addEventListener('click', () =>
        void run(async () => {
          if (!area.value.trim()) return;
          await this.actions.note(info.key, area.value);
          box.remove();
          noteButton.hidden = false;
          this.onChange(info.key);
        }),
      );
    });
    button(t('open'), undefined, () => void run(() => this.actions.open(info.key)));
    this.root.append(acts, msg, el(doc, 'p', 'msg', t('hint')));

    void this.actions.load(info.key).then(
      (s) => {
        if (serial !== this.serial) return;
        stats.replaceChildren();
        const row = (k: string, v: string) => stats.append(el(doc, 'dt', undefined, k), el(doc, 'dd', undefined, v));
        row(t('messages'), String(s.messages));
        row(t('calls'), String(s.calls));
        row(t('last'), s.lastAt ? formatBeijing(s.lastAt, false) : t('none'));
        if (s.violations.length) {
          row(t('violations'), s.violations.map((v) => `${violationName(v.violation, 'short')} ×${v.count}`).join('、'));
        }
      },
      () => {
        if (serial === this.serial) stats.replaceChildren(el(doc, 'dd', 'msg', t('none')));
      },
    );
  }
}
