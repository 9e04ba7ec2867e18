/**
 * CSV import: any spreadsheet of messages or calls (exports of other backup apps, a carrier's
 * call-detail list 通话详单, a table the user typed). The user maps columns to fields after a preview;
 * `guessMapping` pre-fills the mapping from the header. Parsing is papaparse (quotes, embedded line
 * breaks, BOM, delimiter detection — all the things hand-written CSV splitting gets wrong).
 */
import Papa from 'papaparse';
import type { CallInput, MessageInput } from '../evidence/seal';
import { parsePageTime } from '../capture/time';
import type { Rejection } from './smsBackup';
import type { ProducedBatch, ProducerResult } from './run';

export const CSV_FIELDS = ['number', 'time', 'text', 'direction', 'kind', 'duration'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Field → column index (or -1: not in the file). */
export type CsvMapping = Record<CsvField, number> & {
  /** When there is no `kind` column: what every row is. */
  defaultKind: 'message' | 'call';
  /** When there is no `direction` column. */
  defaultDirection: 'in' | 'out' | 'missed';
  hasHeader: boolean;
};

const GUESS: Record<CsvField, RegExp> = {
  number: /号码|电话|手机|对方|联系人号码|address|number|phone|sender|from|contact/i,
  time: /时间|日期|date|time|when/i,
  text: /内容|正文|短信|消息|body|text|message|content/i,
  direction: /方向|收发|类型|呼叫类型|通话类型|direction|type|folder/i,
  kind: /记录类型|种类|kind|category/i,
  duration: /时长|秒|duration|seconds/i,
};

export interface CsvPreview {
  rows: string[][];
  delimiter: string;
}

/** The first rows of a file's text, for the preview and the mapping step. */
export function previewCsv(text: string, rows = 8): CsvPreview {
  const r = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { preview: rows, skipEmptyLines: 'greedy' });
  return { rows: r.data, delimiter: r.meta.delimiter };
}

export function guessMapping(header: string[]): CsvMapping {
  const used = new Set<number>();
  const find = (f: CsvField) => {
    // kind before direction: "记录类型" would otherwise be taken for direction by 类型.
    const i = header.findIndex((h, idx) => !used.has(idx) && GUESS[f].test(h.trim()));
    if (i >= 0) used.add(i);
    return i;
  };
  const kind = find('kind');
  const duration = find('duration');
  const m: CsvMapping = {
    kind,
    duration,
    number: find('number'),
    time: find('time'),
    text: find('text'),
    direction: find('direction'),
    defaultKind: duration >= 0 ? 'call' : 'message',
    defaultDirection: 'in',
    hasHeader: header.some((h) => Object.values(GUESS).some((re) => re.test(h))),
  };
  return m;
}

const IN = /^(in|incoming|received|inbox|1|收到|接收|收|来电|呼入|已接|已接来电|被叫)$/i;
const OUT = /^(out|outgoing|sent|2|发出|发送|发|已发送|去电|呼出|拨出|已拨|主叫)$/i;
const MISSED = /^(missed|3|未接|未接来电|未接听)$/i;
const REJECTED = /^(rejected|declined|拒接|已拒接)$/i;
const BLOCKED = /^(blocked|refused|拦截|已拦截)$/i;
const VOICEMAIL = /^(voicemail|语音信箱|留言)$/i;
const CALL_KIND = /^(call|calls|通话|电话|来电|去电)$/i;
const MESSAGE_KIND = /^(sms|mms|message|短信|彩信|信息|消息)$/i;

/** Time cell → UTC ms: epoch seconds/ms, ISO, or any format pages show (read as Beijing time). */
export function readTimeCell(cell: string, now: number): { at: number; precision: 'ms' | 's' | 'min' | 'day' } | null {
  const s = cell.trim();
  if (/^\d{13}$/.test(s)) return { at: Number(s), precision: 'ms' };
  if (/^\d{10}$/.test(s)) return { at: Number(s) * 1000, precision: 's' };
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const at = Date.parse(s);
    return Number.isNaN(at) ? null : { at, precision: /:\d{2}:\d{2}/.test(s) ? 's' : 'min' };
  }
  const t = parsePageTime(s, now);
  return t ? { at: t.at, precision: t.precision } : null;
}

function durationCell(cell: string): number | null {
  const s = cell.trim();
  if (!s) return 0;
  if (/^\d+$/.test(s)) return Number(s);
  // 1:05, 01:02:03, 1分5秒, 2小时3分
  const hms = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  if (hms) return Number(hms[1] ?? 0) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const zh = /^(?:(\d+)\s*(?:小时|时))?\s*(?:(\d+)\s*分(?:钟)?)?\s*(?:(\d+)\s*秒)?$/.exec(s);
  if (zh && (zh[1] || zh[2] || zh[3])) return Number(zh[1] ?? 0) * 3600 + Number(zh[2] ?? 0) * 60 + Number(zh[3] ?? 0);
  return null;
}

export type RowResult = { message: MessageInput } | { call: CallInput } | { error: string };

/** One row under a mapping → an evidence input, or why it can't be one. */
export function csvRowToInput(row: string[], m: CsvMapping, now: number, sourceName = ''): RowResult {
  const cell = (f: CsvField) => (m[f] >= 0 ? (row[m[f]] ?? '').trim() : '');
  const number = cell('number');
  if (!number) return { error: '没有号码' };
  if (number.length > 200) return { error: '号码过长' };
  const timeText = cell('time');
  if (!timeText) return { error: '没有时间' };
  const time = readTimeCell(timeText, now);
  if (!time) return { error: `无法识别的时间：${timeText.slice(0, 40)}` };
  const kindText = cell('kind');
  const kind = kindText ? (CALL_KIND.test(kindText) ? 'call' : MESSAGE_KIND.test(kindText) ? 'message' : null) : m.defaultKind;
  if (!kind) return { error: `无法识别的记录类型：${kindText.slice(0, 20)}` };
  const dirText = cell('direction');
  const dir = !dirText
    ? m.defaultDirection
    : IN.test(dirText) ? 'in' : OUT.test(dirText) ? 'out' : MISSED.test(dirText) ? 'missed'
      : REJECTED.test(dirText) ? 'rejected' : BLOCKED.test(dirText) ? 'blocked' : VOICEMAIL.test(dirText) ? 'voicemail' : null;
  if (!dir) return { error: `无法识别的方向：${dirText.slice(0, 20)}` };
  const text = m.text >= 0 ? (row[m.text] ?? '') : '';
  if (text.length > 20_000) return { error: '内容过长' };
  const atRaw = timeText.slice(0, 200);
  if (kind === 'message') {
    if (dir !== 'in' && dir !== 'out') return { error: `短信的方向只能是收到或发出：${dirText}` };
    return { message: { numberRaw: number, direction: dir, at: time.at, atPrecision: time.precision, atRaw, text, channel: 'sms', sourceUrl: sourceName } };
  }
  const duration = durationCell(cell('duration'));
  if (duration === null || duration > 86_400) return { error: `无法识别的通话时长：${cell('duration').slice(0, 20)}` };
  return { call: { numberRaw: number, direction: dir, at: time.at, atPrecision: time.precision, atRaw, durationSec: duration, text, sourceUrl: sourceName } };
}

/** A runImport producer over the file's text. Lines are 1-based file lines (header included). */
export function csvProducer(text: string, m: CsvMapping, now: number, sourceName: string, batchSize = 5_000) {
  return async (emit: (b: ProducedBatch) => Promise<void>): Promise<ProducerResult> => {
    const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: false });
    const rejections: Rejection[] = [];
    let rejected = 0;
    let batch: Required<ProducedBatch> = { messages: [], calls: [], messageLines: [], callLines: [] };
    let line = 1;
    let rows = 0;
    for (const [i, row] of parsed.data.entries()) {
      const at = line;
      // A quoted cell can hold line breaks: the next row starts that many lines further down.
      line += 1 + row.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
      if (i === 0 && m.hasHeader) continue;
      if (row.length === 1 && row[0]!.trim() === '') continue;
      rows++;
      const r = csvRowToInput(row, m, now, sourceName);
      if ('error' in r) {
        rejected++;
        if (rejections.length < 200) rejections.push({ line: at, column: 0, reason: r.error });
      } else if ('message' in r) {
        batch.messages.push(r.message);
        batch.messageLines.push(at);
      } else {
        batch.calls.push(r.call);
        batch.callLines.push(at);
      }
      if (rejected === 0 && batch.messages.length + batch.calls.length >= batchSize) {
        await emit(batch);
        batch = { messages: [], calls: [], messageLines: [], callLines: [] };
      }
    }
    for (const e of parsed.errors.slice(0, 20)) {
      rejected++;
      rejections.push({ line: (e.row ?? 0) + 1, column: 0, reason: `CSV 格式错误：${e.message}` });
    }
    if (rejected === 0 && (batch.messages.length || batch.calls.length)) await emit(batch);
    return { rejections, rejected, notes: [`CSV 共 ${rows} 行数据`] };
  };
}
