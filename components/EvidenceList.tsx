/**
 * Messages and calls as one virtualised list: only the rows in view (plus a few) are in the DOM, so
 * 100,000 records scroll like 100. A grid for assistive technology (row count, row index, the active
 * row announced); arrows, Page Up/Down, Home/End move, Enter opens. Captured text is rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EvidenceRecord } from '../utils/evidence/types';
import { defineMessages } from '../utils/i18n';
import { formatBeijing } from '../utils/i18n/time';
import { violationName } from '../utils/i18n/violationNames';
import { violationsOfMask } from '../utils/view/evidenceIndex';

const t = defineMessages({
  zh: { label: '短信与通话列表，共 {n} 条', sms: '短信', call: '通话', in: '收到', out: '发出', missed: '未接', rejected: '拒接', blocked: '拦截', voicemail: '语音信箱', seconds: '{n} 秒', loading: '加载中…' },
  en: { label: 'Messages and calls, {n} in all', sms: 'SMS', call: 'Call', in: 'Received', out: 'Sent', missed: 'Missed', rejected: 'Rejected', blocked: 'Blocked', voicemail: 'Voicemail', seconds: '{n} s', loading: 'Loading…' },
});

export const ROW_HEIGHT = 58;
const OVERSCAN = 8;

export function kindLabel(r: EvidenceRecord): string {
  return `${r.kind === 'call' ? t('call') : t('sms')} · ${t(r.direction)}`;
}

export interface EvidenceListProps {
  /** All records, and the order to show them in (indices into `records`). */
  records: EvidenceRecord[];
  order: Int32Array | number[];
  masks?: Uint8Array;
  caseName?: (id: number | undefined) => string;
  selectedId?: string;
  onOpen: (r: EvidenceRecord) => void;
  height?: number;
}

export function EvidenceList(props: EvidenceListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const [viewport, setViewport] = useState(props.height ?? 560);
  const count = props.order.length;

  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setViewport(el.clientHeight || viewport));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    if (active >= count) setActive(Math.max(0, count - 1));
  }, [count]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(count - 1, i));
    setActive(next);
    const el = box.current;
    if (!el) return;
    const top = next * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  };
  const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
  const onKey = (e: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: count - 1 };
    if (e.key in keys) {
      e.preventDefault();
      moveTo(keys[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const r = props.records[props.order[active]!];
      if (r) {
        e.preventDefault();
        props.onOpen(r);
      }
    }
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const r = props.records[props.order[i]!]!;
    const violations = props.masks ? violationsOfMask(props.masks[props.order[i]!]!) : [];
    rows.push(
      <div
        key={r.id}
        id={`ev-row-${i}`}
        role="row"
        aria-rowindex={i + 1}
        aria-selected={r.id === props.selectedId}
        class={`an-row${i === active ? ' an-row-active' : ''}${r.id === props.selectedId ? ' an-row-selected' : ''}`}
        style={{ top: `${i * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
        data-record-id={r.id}
        onClick={() => {
          setActive(i);
          props.onOpen(r);
        }}
      >
        <div role="gridcell" class="an-row-meta">
          <span class="an-nowrap">{formatBeijing(r.at, r.atPrecision !== 'min' && r.atPrecision !== 'day')}</span>
          <span class="an-nowrap an-row-number">{r.numberRaw}</span>
          <span class="an-muted an-nowrap">{kindLabel(r)}</span>
          {props.caseName && r.caseId !== undefined && <span class="an-muted an-nowrap">{props.caseName(r.caseId)}</span>}
          {violations.map((v) => (
            <span key={v} class={`an-chip an-chip-${v}`}>{violationName(v)}</span>
          ))}
        </div>
        <div role="gridcell" class="an-row-text">
          {r.kind === 'call' ? `${t('seconds', { n: r.durationSec })}${r.text ? ` · ${r.text}` : ''}` : r.text}
        </div>
      </div>,
    );
  }

  return (
    <div
      ref={box}
      class="an-vlist"
      role="grid"
      tabIndex={0}
      aria-label={t('label', { n: count })}
      aria-rowcount={count}
      aria-activedescendant={count ? `ev-row-${active}` : undefined}
      data-testid="evidence-list"
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKey}
      style={props.height ? { height: `${props.height}px` } : undefined}
    >
      <div class="an-vlist-inner" role="rowgroup" style={{ height: `${count * ROW_HEIGHT}px` }}>
        {rows}
      </div>
    </div>
  );
}
