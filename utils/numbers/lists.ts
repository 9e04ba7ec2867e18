/**
 * Number lists: the open formats the number book imports, exports and subscribes to (docs/NUMBER-LISTS.md).
 *
 * - text: one number per line, optional ` # label`; `#` lines are comments, `! Key: value` lines are
 *   ad-block style headers (`! Title:`, `! Status:`).
 * - CSV: a header row naming the columns (English or Chinese names), parsed with papaparse.
 * - JSON: `{ "format": "anning-numbers", "version": 1, "numbers": [ … ] }` or a bare array.
 *
 * Parsing is all-or-nothing: the first bad line stops it with an error that names the line, and the
 * caller imports nothing. Every number is keyed with parsePhone, so lists written in any style match
 * the numbers found on pages.
 */
import Papa from 'papaparse';
import { parsePhone } from '../phone';
import type { NumberEntry, NumberStatus } from '../store/types';

export type ListFormat = 'text' | 'csv' | 'json';

export const LIST_STATUSES: readonly NumberStatus[] = ['collector', 'suspected', 'safe', 'unknown'];

/** One number as a list states it, already keyed. */
export interface ListItem {
  key: string;
  kind: NumberEntry['kind'];
  display: string;
  label: string;
  lender: string;
  tags: string[];
  status?: NumberStatus;
  notes: string;
  /** 1-based line in the source the item came from. */
  line: number;
}

export interface ParsedList {
  format: ListFormat;
  title: string;
  /** The status a list states for all its numbers (`! Status:` header); items may override it. */
  status?: NumberStatus;
  items: ListItem[];
}

export type ListErrorCode =
  | 'not_a_number'
  | 'bad_status'
  | 'bad_header'
  | 'no_number_column'
  | 'bad_json'
  | 'bad_shape'
  | 'too_long'
  | 'too_many'
  | 'empty';

/** Why a list was rejected, and where. Nothing of a rejected list is imported. */
export class ListError extends Error {
  constructor(
    readonly code: ListErrorCode,
    /** 1-based line, 0 when the problem is the file as a whole. */
    readonly line: number,
    /** The offending text, as written (cut to 80 characters). */
    readonly detail = '',
  ) {
    super(describeListError(code, line, detail, 'en'));
    this.name = 'ListError';
  }
}

const ERROR_TEXT: Record<ListErrorCode, { zh: string; en: string }> = {
  not_a_number: { zh: '“{d}”不是电话号码', en: '“{d}” is not a phone number' },
  bad_status: { zh: '状态“{d}”无效（可用 collector / suspected / safe / unknown 或 催收 / 疑似 / 安全 / 未分类）', en: 'status “{d}” is not one of collector, suspected, safe, unknown' },
  bad_header: { zh: '无法识别的表头“{d}”', en: 'header “{d}” is not understood' },
  no_number_column: { zh: 'CSV 表头里没有号码列（number 或 号码）', en: 'the CSV header has no number column (number or 号码)' },
  bad_json: { zh: 'JSON 格式错误：{d}', en: 'not valid JSON: {d}' },
  bad_shape: { zh: '内容不符合号码清单格式：{d}', en: 'not a number list: {d}' },
  too_long: { zh: '文件太大（上限 5 MB）', en: 'the file is too large (limit 5 MB)' },
  too_many: { zh: '号码太多（上限 100000 个）', en: 'too many numbers (limit 100,000)' },
  empty: { zh: '清单里没有号码', en: 'the list has no numbers' },
};

export function describeListError(code: ListErrorCode, line: number, detail: string, lang: 'zh' | 'en'): string {
  const what = ERROR_TEXT[code][lang].replace('{d}', detail);
  if (line <= 0) return what;
  return lang === 'zh' ? `第 ${line} 行：${what}` : `line ${line}: ${what}`;
}

export const MAX_LIST_CHARS = 5 * 1024 * 1024;
export const MAX_LIST_ITEMS = 100_000;

const STATUS_WORDS: Record<string, NumberStatus> = {
  collector: 'collector', suspected: 'suspected', safe: 'safe', unknown: 'unknown',
  催收: 'collector', 确认催收: 'collector', 疑似: 'suspected', 疑似催收: 'suspected',
  安全: 'safe', 可信: 'safe', 未分类: 'unknown', 未知: 'unknown',
};

function cut(s: string): string {
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

function parseStatus(raw: string, line: number): NumberStatus | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  const status = STATUS_WORDS[s.toLowerCase()];
  if (!status) throw new ListError('bad_status', line, cut(s));
  return status;
}

function splitTags(raw: string): string[] {
  return [...new Set(raw.split(/[;；,，、|]/).map((t) => t.trim()).filter(Boolean))].slice(0, 50);
}

function item(raw: string, line: number, rest: Partial<Omit<ListItem, 'key' | 'kind' | 'display' | 'line'>>): ListItem {
  const parsed = parsePhone(raw);
  if (!parsed) throw new ListError('not_a_number', line, cut(raw.trim()));
  return {
    key: parsed.key,
    kind: parsed.kind,
    display: parsed.display,
    label: (rest.label ?? '').trim().slice(0, 200),
    lender: (rest.lender ?? '').trim().slice(0, 200),
    tags: rest.tags ?? [],
    status: rest.status,
    notes: (rest.notes ?? '').slice(0, 5000),
    line,
  };
}

function checkSize(text: string): void {
  if (text.length > MAX_LIST_CHARS) throw new ListError('too_long', 0);
}

function finish(list: ParsedList): ParsedList {
  if (list.items.length === 0) throw new ListError('empty', 0);
  if (list.items.length > MAX_LIST_ITEMS) throw new ListError('too_many', 0);
  return list;
}

/** Plain text: `number [# label]` per line. */
export function parseTextList(text: string): ParsedList {
  checkSize(text);
  const list: ParsedList = { format: 'text', title: '', items: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!.trim();
    if (!raw || raw.startsWith('#')) continue;
    if (raw.startsWith('!')) {
      const m = /^!\s*([^:：]+)[:：]\s*(.*)$/.exec(raw);
      if (!m) continue; // `!` alone is a comment, as in ad-block lists
      const name = m[1]!.trim().toLowerCase();
      if (name === 'title' || name === '标题') list.title = m[2]!.trim().slice(0, 200);
      else if (name === 'status' || name === '状态') list.status = parseStatus(m[2]!, line);
      continue;
    }
    // Numbers never contain `#`, so the first one starts the label.
    const hash = raw.indexOf('#');
    const number = hash >= 0 ? raw.slice(0, hash) : raw;
    const label = hash >= 0 ? raw.slice(hash + 1) : '';
    list.items.push(item(number, line, { label }));
    if (list.items.length > MAX_LIST_ITEMS) throw new ListError('too_many', 0);
  }
  return finish(list);
}

// Column names accepted in a CSV header (lower-cased), English first as exported.
const CSV_COLUMNS: Record<string, keyof typeof CSV_FIELD> = {
  number: 'number', phone: 'number', key: 'number', 号码: 'number', 电话: 'number', 电话号码: 'number', 手机号: 'number',
  label: 'label', name: 'label', 标签: 'label', 名称: 'label', 备注名: 'label',
  lender: 'lender', platform: 'lender', 机构: 'lender', 平台: 'lender', 贷款平台: 'lender',
  tags: 'tags', 分类: 'tags', 类别: 'tags',
  status: 'status', 状态: 'status',
  notes: 'notes', note: 'notes', 备注: 'notes',
};
const CSV_FIELD = { number: 1, label: 1, lender: 1, tags: 1, status: 1, notes: 1 } as const;

/** CSV with a header row; unknown columns are ignored, a missing number column is an error. */
export function parseCsvList(text: string): ParsedList {
  checkSize(text);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  // Papaparse reports unbalanced quotes and the like with the row; rows are lines in our output.
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.code === 'InvalidQuotes');
  if (fatal) throw new ListError('bad_shape', recordLines(text.replace(/^\uFEFF/, ''))[fatal.row ?? 0] ?? 1, cut(fatal.message));
  // Papaparse rows are records, which may span lines inside quotes: track the real line numbers.
  const lineOf = recordLines(text.replace(/^\uFEFF/, ''));
  const headerIndex = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new ListError('empty', 0);
  const header = rows[headerIndex]!.map((c) => CSV_COLUMNS[c.trim().toLowerCase()]);
  const numberCol = header.indexOf('number');
  if (numberCol < 0) throw new ListError('no_number_column', lineOf[headerIndex] ?? 1);
  const col = (row: string[], name: keyof typeof CSV_FIELD) => {
    const i = header.indexOf(name);
    return i >= 0 ? (row[i] ?? '') : '';
  };
  const list: ParsedList = { format: 'csv', title: '', items: [] };
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = lineOf[r] ?? r + 1;
    if (row.every((c) => c.trim() === '')) continue;
    list.items.push(
      item(row[numberCol] ?? '', line, {
        label: col(row, 'label'),
        lender: col(row, 'lender'),
        tags: splitTags(col(row, 'tags')),
        status: parseStatus(col(row, 'status'), line),
        notes: col(row, 'notes'),
      }),
    );
    if (list.items.length > MAX_LIST_ITEMS) throw new ListError('too_many', 0);
  }
  return finish(list);
}

/** 1-based starting line of each CSV record (quoted fields may hold newlines). */
function recordLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      starts.push(line);
    } else if (c === '\n') line++;
  }
  return starts;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Start offsets of the elements of the array whose `[` is at `open`: lets an error in the n-th
 * entry name the line it is written on.
 */
function arrayElementOffsets(text: string, open: number): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = true;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (depth === 1 && expectElement && c !== ']') {
      out.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    } else if (c === ',' && depth === 1) expectElement = true;
  }
  return out;
}

/** Offset of the first JSON syntax error in `text`, or -1: a small recursive-descent checker. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : -1;
  }
}

function str(v: unknown, what: string, line: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new ListError('bad_shape', line, `${what} must be text`);
}

/** JSON: `{format:"anning-numbers", version:1, title?, status?, numbers:[…]}` or a bare array. */
export function parseJsonList(text: string): ParsedList {
  checkSize(text);
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    // Engines word (and place) syntax errors differently; find the offending offset ourselves.
    const at = jsonErrorOffset(source);
    throw new ListError('bad_json', at >= 0 ? lineAt(source, at) : 0, cut(msg.split('\n')[0]!));
  }
  let entries: unknown;
  const list: ParsedList = { format: 'json', title: '', items: [] };
  let arrayOpen: number;
  if (Array.isArray(data)) {
    entries = data;
    arrayOpen = source.indexOf('[');
  } else if (data && typeof data === 'object' && Array.isArray((data as { numbers?: unknown }).numbers)) {
    const obj = data as { numbers: unknown[]; title?: unknown; status?: unknown; format?: unknown };
    if (obj.format !== undefined && obj.format !== 'anning-numbers') throw new ListError('bad_shape', 1, `format “${cut(String(obj.format))}”`);
    entries = obj.numbers;
    list.title = str(obj.title, 'title', 1).slice(0, 200);
    list.status = parseStatus(str(obj.status, 'status', 1), 1);
    // The `numbers` array: the last `"numbers"` key at depth 1 is the one JSON.parse kept.
    const m = /"numbers"\s*:\s*\[/g;
    let found = -1;
    for (let r = m.exec(source); r; r = m.exec(source)) found = r.index + r[0].length - 1;
    arrayOpen = found;
  } else {
    throw new ListError('bad_shape', 1, 'expected an array or an object with "numbers"');
  }
  const offsets = arrayOpen >= 0 ? arrayElementOffsets(source, arrayOpen) : [];
  const arr = entries as unknown[];
  for (let i = 0; i < arr.length; i++) {
    const line = offsets[i] !== undefined ? lineAt(source, offsets[i]!) : 0;
    const e = arr[i];
    if (typeof e === 'string' || typeof e === 'number') {
      list.items.push(item(String(e), line, {}));
      continue;
    }
    if (!e || typeof e !== 'object' || Array.isArray(e)) throw new ListError('bad_shape', line, `entry ${i + 1}`);
    const o = e as Record<string, unknown>;
    const tags = Array.isArray(o.tags) ? o.tags.map((t) => str(t, 'tags', line)) : splitTags(str(o.tags, 'tags', line));
    list.items.push(
      item(str(o.number ?? o.key, 'number', line), line, {
        label: str(o.label, 'label', line),
        lender: str(o.lender, 'lender', line),
        tags: [...new Set(tags.map((t) => t.trim()).filter(Boolean))].slice(0, 50),
        status: parseStatus(str(o.status, 'status', line), line),
        notes: str(o.notes, 'notes', line),
      }),
    );
    if (list.items.length > MAX_LIST_ITEMS) throw new ListError('too_many', 0);
  }
  return finish(list);
}

/** Picks the format by file name, content type or content. */
export function detectListFormat(text: string, nameOrType = ''): ListFormat {
  const hint = nameOrType.toLowerCase();
  if (hint.endsWith('.json') || hint.includes('json')) return 'json';
  if (hint.endsWith('.csv') || hint.includes('csv')) return 'csv';
  if (hint.endsWith('.txt') || hint.includes('text/plain')) return 'text';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[') || head.startsWith('{')) return 'json';
  const first = head.split(/\r?\n/, 1)[0] ?? '';
  if (first.includes(',') && Object.keys(CSV_COLUMNS).some((c) => first.toLowerCase().includes(c))) return 'csv';
  return 'text';
}

export function parseList(text: string, format: ListFormat = detectListFormat(text)): ParsedList {
  if (format === 'json') return parseJsonList(text);
  if (format === 'csv') return parseCsvList(text);
  return parseTextList(text);
}

type Exportable = Pick<NumberEntry, 'key' | 'display' | 'label' | 'lender' | 'tags' | 'status' | 'notes'>;

/** Plain text list; labels keep their `#` form, newlines in labels are flattened. */
export function serializeTextList(entries: Exportable[], title = ''): string {
  const head = ['! Title: ' + (title || 'Anning number list'), '! Format: anning-numbers text v1'];
  const flat = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
  const body = entries.map((e) => {
    const label = flat([e.label, e.lender].filter(Boolean).join(' · '));
    return label ? `${e.key} # ${label}` : e.key;
  });
  return [...head, ...body].join('\n') + '\n';
}

export function serializeCsvList(entries: Exportable[]): string {
  // A leading ' stops spreadsheet programs from running formulas a list may carry (=, +, -, @).
  const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) && !/^\+\d/.test(s) ? `'${s}` : s);
  return (
    '\uFEFF' +
    Papa.unparse({
      fields: ['number', 'label', 'lender', 'tags', 'status', 'notes'],
      data: entries.map((e) => [e.key, safe(e.label), safe(e.lender), e.tags.map(safe).join(';'), e.status, safe(e.notes)]),
    }) +
    '\n'
  );
}

export function serializeJsonList(entries: Exportable[], title = ''): string {
  return (
    JSON.stringify(
      {
        format: 'anning-numbers',
        version: 1,
        title,
        numbers: entries.map((e) => ({ number: e.key, label: e.label, lender: e.lender, tags: e.tags, status: e.status, notes: e.notes })),
      },
      null,
      2,
    ) + '\n'
  );
}

export function serializeList(entries: Exportable[], format: ListFormat, title = ''): string {
  if (format === 'json') return serializeJsonList(entries, title);
  if (format === 'csv') return serializeCsvList(entries);
  return serializeTextList(entries, title);
}
