/**
 * SMS Backup & Restore (Android) XML: `<smses>` with `<sms>` and `<mms>`, `<calls>` with `<call>`
 * (FACTS §7). Parsed with saxes as a stream, so a 100 MB backup never has to be one string: the import
 * worker feeds `SmsBackupStream` slice by slice; `parseSmsBackupXml` is the same parser over one string.
 *
 * Strictness: a record we cannot read faithfully (missing `date`, unknown `type`, a body longer than
 * evidence may be …) is a rejection with its line and column; the import layer refuses the whole file
 * when there is any, because evidence that silently lost records is worse than a clear refusal.
 * Drafts, outbox, failed and queued messages are not evidence of anything received or sent: skipped,
 * and counted.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { numberKey } from '../evidence/seal';

export type BackupMessageDirection = 'in' | 'out';
export type BackupCallDirection = 'in' | 'out' | 'missed' | 'rejected' | 'blocked' | 'voicemail';

export interface BackupMessage {
  /** The address exactly as in the file. */
  numberRaw: string;
  direction: BackupMessageDirection;
  at: number;
  /** The `date` attribute as written. */
  atRaw: string;
  text: string;
  channel: 'sms' | 'mms';
  line: number;
}

export interface BackupCall {
  numberRaw: string;
  direction: BackupCallDirection;
  at: number;
  atRaw: string;
  durationSec: number;
  line: number;
}

export interface Rejection {
  line: number;
  column: number;
  reason: string;
}

export interface StreamCounts {
  sms: number;
  mms: number;
  calls: number;
  /** Drafts, outbox, failed, queued. */
  skipped: number;
  rejected: number;
}

/** The file is not a readable SMS Backup & Restore XML at all (nothing of it can be imported). */
export class SmsBackupFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line !== undefined ? `第 ${line} 行第 ${column ?? 0} 列：${message}` : message);
    this.name = 'SmsBackupFormatError';
  }
}

/** Same bounds as the seal (utils/evidence/seal.ts): a longer body could never be stored. */
const MAX_TEXT = 20_000;
const MIN_AT = 946_684_800_000;
const MAX_AT = 4_102_444_800_000;

const SMS_TYPES: Record<string, BackupMessageDirection | 'skip'> = {
  '1': 'in', '2': 'out', '3': 'skip', '4': 'skip', '5': 'skip', '6': 'skip',
};
// MMS `msg_box` follows Android's Telephony.BaseMmsColumns: 1 inbox, 2 sent, 3 drafts, 4 outbox, 5 failed.
const MMS_BOXES: Record<string, BackupMessageDirection | 'skip'> = {
  '1': 'in', '2': 'out', '3': 'skip', '4': 'skip', '5': 'skip', '6': 'skip',
};
// CallLog.Calls.TYPE: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked ("refused"
// in the backup app), 7 answered on another device.
const CALL_TYPES: Record<string, BackupCallDirection> = {
  '1': 'in', '2': 'out', '3': 'missed', '4': 'voicemail', '5': 'rejected', '6': 'blocked', '7': 'in',
};
// CallLog.Calls.PRESENTATION: the number was hidden by the caller — collectors do that.
const HIDDEN_NUMBER: Record<string, string> = { '2': '隐藏号码', '3': '未知号码', '4': '公用电话' };
// PduHeaders address types: 137 FROM, 151 TO, 130 CC, 129 BCC.
const ADDR_FROM = '137';
const ADDR_TO = '151';

interface Sink {
  message: (m: BackupMessage) => void;
  call: (c: BackupCall) => void;
  reject?: (r: Rejection) => void;
}

/**
 * SMS Backup & Restore writes each half of an emoji as its own character reference (`&#55357;&#56832;`),
 * which XML forbids; joined into one reference the text is exactly what the phone showed.
 */
const SURROGATE_PAIR_REF = /&#(?:(5[56]\d{3})|x([dD][89abAB][0-9a-fA-F]{2}));&#(?:(5[67]\d{3})|x([dD][c-fC-F][0-9a-fA-F]{2}));/g;
const TRAILING_REFS = /(?:&(?:#(?:x[0-9a-fA-F]{0,6}|\d{0,7});?)?)+$/;

function joinSurrogateRefs(text: string): string {
  if (!text.includes('&#')) return text;
  return text.replace(SURROGATE_PAIR_REF, (whole, hiDec?: string, hiHex?: string, loDec?: string, loHex?: string) => {
    const hi = hiDec !== undefined ? Number(hiDec) : parseInt(hiHex!, 16);
    const lo = loDec !== undefined ? Number(loDec) : parseInt(loHex!, 16);
    if (hi < 0xd800 || hi > 0xdbff || lo < 0xdc00 || lo > 0xdfff) return whole;
    return `&#${(hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000};`;
  });
}

function intAttr(v: string | undefined): number | null {
  if (v === undefined || !/^-?\d{1,16}$/.test(v.trim())) return null;
  return Number(v.trim());
}

/** Streaming reader: `write()` text as it arrives, `close()` at the end; records go to the sink. */
export class SmsBackupStream {
  readonly counts: StreamCounts = { sms: 0, mms: 0, calls: 0, skipped: 0, rejected: 0 };
  private readonly parser = new SaxesParser({ position: true });
  private pending = '';
  private root: string | null = null;
  private depth = 0;
  /** The `<mms>` being read: its attributes, text parts and addresses. */
  private mms: { attrs: Record<string, string>; line: number; column: number; texts: string[]; from: string[]; to: string[] } | null = null;

  constructor(private readonly sink: Sink) {
    const p = this.parser;
    p.on('doctype', (d) => {
      if (/^\s*html/i.test(d)) this.fail('这是一个网页（HTML）文件，不是 SMS Backup & Restore 的备份文件');
    });
    p.on('xmldecl', (decl) => {
      const enc = decl.encoding?.toLowerCase();
      if (enc && enc !== 'utf-8' && enc !== 'utf8') this.fail(`文件声明的编码是 ${decl.encoding}；SMS Backup & Restore 的备份是 UTF-8`);
    });
    p.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    p.on('closetag', (tag) => this.close_((tag as SaxesTagPlain).name));
  }

  private fail(message: string): never {
    throw new SmsBackupFormatError(message, this.parser.line, this.parser.column + 1);
  }

  private reject(reason: string, line = this.parser.line, column = this.parser.column + 1) {
    this.counts.rejected++;
    this.sink.reject?.({ line, column, reason });
  }

  private open(tag: SaxesTagPlain) {
    this.depth++;
    const name = tag.name;
    const a = tag.attributes as Record<string, string>;
    if (this.depth === 1) {
      if (name !== 'smses' && name !== 'calls') {
        this.fail(
          name.toLowerCase() === 'html'
            ? '这是一个网页（HTML）文件，不是 SMS Backup & Restore 的备份文件'
            : `根元素是 <${name}>；SMS Backup & Restore 的备份以 <smses> 或 <calls> 开头`,
        );
      }
      this.root = name;
      return;
    }
    if (this.root === 'smses' && this.depth === 2 && name === 'sms') this.readSms(a);
    else if (this.root === 'smses' && this.depth === 2 && name === 'mms') {
      this.mms = { attrs: a, line: this.parser.line, column: this.parser.column + 1, texts: [], from: [], to: [] };
      if (tag.isSelfClosing) {
        // closetag fires right after for self-closing tags; nothing more to collect.
      }
    } else if (this.mms && name === 'part') {
      const ct = (a.ct ?? '').toLowerCase();
      if (ct.startsWith('text/plain') && a.text !== undefined && a.text !== 'null') this.mms.texts.push(a.text);
    } else if (this.mms && name === 'addr') {
      const addr = a.address?.trim();
      if (addr && addr !== 'insert-address-token') {
        if (a.type === ADDR_FROM) this.mms.from.push(addr);
        else if (a.type === ADDR_TO) this.mms.to.push(addr);
      }
    } else if (this.root === 'calls' && this.depth === 2 && name === 'call') this.readCall(a);
  }

  private close_(name: string) {
    this.depth--;
    if (name === 'mms' && this.mms && this.depth === 1) {
      const m = this.mms;
      this.mms = null;
      this.readMms(m);
    }
  }

  private readTime(a: Record<string, string>): number | string {
    if (a.date === undefined) return '缺少 date 属性';
    const at = intAttr(a.date);
    if (at === null) return `date 属性不是毫秒时间：${a.date.slice(0, 40)}`;
    if (at < MIN_AT || at > MAX_AT) return `date 属性超出 2000–2100 年：${a.date}`;
    return at;
  }

  private readSms(a: Record<string, string>) {
    if (a.type === undefined) return this.reject('短信缺少 type 属性');
    const dir = SMS_TYPES[a.type.trim()];
    if (dir === undefined) return this.reject(`短信的 type 属性无法识别：${a.type.slice(0, 20)}`);
    if (dir === 'skip') {
      this.counts.skipped++;
      return;
    }
    const address = a.address?.trim();
    if (!address) return this.reject('短信缺少 address 属性（号码）');
    if (address.length > 200) return this.reject('短信的 address 属性过长');
    const at = this.readTime(a);
    if (typeof at === 'string') return this.reject(at);
    if (a.body === undefined) return this.reject('短信缺少 body 属性');
    if (a.body.length > MAX_TEXT) return this.reject(`短信内容过长（${a.body.length} 字，上限 ${MAX_TEXT}）`);
    this.counts.sms++;
    this.sink.message({ numberRaw: address, direction: dir, at, atRaw: a.date!, text: a.body, channel: 'sms', line: this.parser.line });
  }

  private readMms(m: NonNullable<SmsBackupStream['mms']>) {
    const a = m.attrs;
    const box = a.msg_box?.trim();
    let dir = box !== undefined ? MMS_BOXES[box] : undefined;
    // Without msg_box, m_type tells: 132 retrieve-conf is received, 128 send-req is sent.
    if (dir === undefined && box === undefined) dir = a.m_type === '132' ? 'in' : a.m_type === '128' ? 'out' : undefined;
    if (dir === undefined) return this.reject(`彩信的 msg_box 属性无法识别：${(box ?? '（缺少）').slice(0, 20)}`, m.line, m.column);
    if (dir === 'skip') {
      this.counts.skipped++;
      return;
    }
    const at = this.readTime(a);
    if (typeof at === 'string') return this.reject(at, m.line, m.column);
    // The other party: the sender of a received MMS; each recipient of a sent one (a group MMS sent
    // to three people is three pieces of evidence). The `address` attribute (`a~b~c`) is the fallback.
    const listed = (a.address ?? '').split('~').map((s) => s.trim()).filter(Boolean);
    const parties = dir === 'in' ? (m.from.length ? m.from.slice(0, 1) : listed.slice(0, 1)) : m.to.length ? m.to : listed;
    if (!parties.length) return this.reject('彩信没有号码（缺少 addr 或 address）', m.line, m.column);
    const text = m.texts.join('\n');
    if (text.length > MAX_TEXT) return this.reject(`彩信文字过长（${text.length} 字，上限 ${MAX_TEXT}）`, m.line, m.column);
    for (const party of new Set(parties)) {
      if (party.length > 200) return this.reject('彩信号码过长', m.line, m.column);
    }
    this.counts.mms++;
    for (const party of new Set(parties)) {
      this.sink.message({ numberRaw: party, direction: dir, at, atRaw: a.date!, text, channel: 'mms', line: m.line });
    }
  }

  private readCall(a: Record<string, string>) {
    if (a.type === undefined) return this.reject('通话记录缺少 type 属性');
    const dir = CALL_TYPES[a.type.trim()];
    if (dir === undefined) return this.reject(`通话记录的 type 属性无法识别：${a.type.slice(0, 20)}`);
    const at = this.readTime(a);
    if (typeof at === 'string') return this.reject(at);
    if (a.number === undefined) return this.reject('通话记录缺少 number 属性');
    let number = a.number.trim();
    // Hidden callers are stored as "" or a negative code; the presentation says which kind.
    if (!number || /^-\d$/.test(number)) number = HIDDEN_NUMBER[a.presentation ?? ''] ?? '未知号码';
    if (number.length > 200) return this.reject('通话记录的 number 属性过长');
    const duration = a.duration === undefined ? 0 : intAttr(a.duration);
    if (duration === null || duration < 0 || duration > 86_400) return this.reject(`通话时长无法识别：${(a.duration ?? '').slice(0, 20)}`);
    this.counts.calls++;
    this.sink.call({ numberRaw: number, direction: dir, at, atRaw: a.date!, durationSec: duration, line: this.parser.line });
  }

  /** Feed the next piece of the file's text. Throws SmsBackupFormatError when the XML is broken. */
  write(text: string): void {
    let chunk = this.pending + text;
    // Hold back a trailing run of character references: its other half may be in the next piece.
    const tail = TRAILING_REFS.exec(chunk.slice(-64));
    if (tail) {
      const cut = chunk.length - tail[0].length;
      this.pending = chunk.slice(cut);
      chunk = chunk.slice(0, cut);
    } else {
      this.pending = '';
    }
    this.feed(joinSurrogateRefs(chunk));
  }

  /** End of file: checks the document was complete. */
  close(): StreamCounts {
    if (this.pending) this.feed(joinSurrogateRefs(this.pending));
    this.pending = '';
    try {
      this.parser.close();
    } catch (err) {
      throw this.wrap(err);
    }
    if (this.root === null) throw new SmsBackupFormatError('文件是空的，或不是 XML');
    return this.counts;
  }

  private feed(chunk: string) {
    if (!chunk) return;
    try {
      this.parser.write(chunk);
    } catch (err) {
      throw this.wrap(err);
    }
  }

  private wrap(err: unknown): Error {
    if (err instanceof SmsBackupFormatError) return err;
    const raw = err instanceof Error ? err.message : String(err);
    // saxes: "undefined:12:5: disallowed character." → our position, a plain reason.
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(raw);
    const reason = m ? m[3]! : raw;
    const line = m ? Number(m[1]) : this.parser.line;
    const column = m ? Number(m[2]) : this.parser.column;
    return new SmsBackupFormatError(explain(reason), line, column);
  }
}

/** saxes reasons, said so a user knows what is wrong with the file. */
function explain(reason: string): string {
  if (/unexpected end|unclosed tag|document must contain a root|text data outside of root node/i.test(reason)) {
    return `文件不完整或已损坏（${reason}）——可能没有下载或复制完整`;
  }
  if (/entity|character reference/i.test(reason)) return `无法识别的字符实体（${reason}）`;
  if (/disallowed character/i.test(reason)) return `文件里有 XML 不允许的字符（${reason}）——可能不是 UTF-8 编码`;
  return `XML 格式错误（${reason}）`;
}

export interface SmsBackupParse {
  messages: Array<{ number: string; direction: 'in' | 'out'; at: number; text: string }>;
  calls: Array<{ number: string; direction: BackupCallDirection; at: number; durationSec: number }>;
}

/**
 * The whole backup in one string → messages and calls, with `number` the parsePhone key (or the raw
 * address when it is not a phone number). Throws SmsBackupFormatError (with line and column) for a
 * broken file or the first unreadable record.
 */
export function parseSmsBackupXml(xml: string): SmsBackupParse {
  const out: SmsBackupParse = { messages: [], calls: [] };
  const stream = new SmsBackupStream({
    message: (m) => out.messages.push({ number: numberKey(m.numberRaw), direction: m.direction, at: m.at, text: m.text }),
    call: (c) => out.calls.push({ number: numberKey(c.numberRaw), direction: c.direction, at: c.at, durationSec: c.durationSec }),
    reject: (r) => {
      throw new SmsBackupFormatError(r.reason, r.line, r.column);
    },
  });
  stream.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
  stream.close();
  return out;
}
