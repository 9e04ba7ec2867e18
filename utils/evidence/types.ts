/**
 * Evidence records: what was captured, verbatim, plus the seal computed at capture.
 *
 * The `Captured*` interfaces list exactly the fields the SHA-256 seal covers (see seal.ts). Anything a
 * user can change later — case assignment, whose phone it came from, notes, tags — lives in the
 * `*Record` extension and is outside the seal, so editing it never breaks verification.
 */

export type MessageDirection = 'in' | 'out';
export type CallDirection = 'in' | 'out' | 'missed' | 'rejected' | 'blocked' | 'voicemail';

/** How the contact reached the user: SMS/MMS, an instant-messaging app, a visit (上门), other. */
export type Channel = 'sms' | 'mms' | 'im' | 'visit' | 'other';

/** How precise `at` is: pages often show only minutes ("22:14") or only a day ("6月19日"). */
export type TimePrecision = 'ms' | 's' | 'min' | 'day';

/** Whose phone the evidence came from (issue #5: third-party contact from evidence). */
export type EvidenceOwner = 'borrower' | 'family' | 'friend' | 'colleague' | 'other';

export interface CapturedMessage {
  kind: 'message';
  /** parsePhone key (`+8613812345678`, `95188` …), or the sender exactly as written when not a number. */
  number: string;
  /** The sender as the page or file showed it. */
  numberRaw: string;
  direction: MessageDirection;
  /** UTC ms. */
  at: number;
  atPrecision: TimePrecision;
  /** The time text as the page showed it (`昨天 22:14`), when the time was read from text. */
  atRaw: string;
  text: string;
  channel: Channel;
  /** Id of the adapter or importer that captured it (`google-messages`, `sms-backup`, `manual` …). */
  source: string;
  /** The page URL, or the imported file's name. */
  sourceUrl: string;
  /** UTC ms when Anning captured it. */
  capturedAt: number;
}

export interface CapturedCall {
  kind: 'call';
  number: string;
  numberRaw: string;
  direction: CallDirection;
  at: number;
  atPrecision: TimePrecision;
  atRaw: string;
  durationSec: number;
  /** What was said, for calls logged by hand; empty for captured call logs. */
  text: string;
  source: string;
  sourceUrl: string;
  capturedAt: number;
}

/** Fields outside the seal: the user's own annotations and assignments. */
export interface RecordAnnotations {
  caseId?: number;
  owner: EvidenceOwner;
  notes: string;
  tags: string[];
  /** Attachment ids (SHA-256 of the file) that belong to this record. */
  attachmentIds: string[];
}

export interface Sealed {
  /** Identity key: two captures of the same message get the same id (see identity.ts). */
  id: string;
  /** SHA-256 (hex) of the canonical JSON of the Captured* fields. */
  hash: string;
}

/** Bookkeeping of the store, outside the seal and never exported. */
export interface StoreTags {
  /**
   * The import session (`pendingImports` key) that wrote this row. While that session is pending the
   * row is invisible (utils/store/visible.ts); once committed the number means nothing any more.
   */
  importSession?: number;
}

export type MessageRecord = CapturedMessage & Sealed & RecordAnnotations & StoreTags;
export type CallRecord = CapturedCall & Sealed & RecordAnnotations & StoreTags;
export type EvidenceRecord = MessageRecord | CallRecord;

export const SEALED_MESSAGE_FIELDS = [
  'kind', 'number', 'numberRaw', 'direction', 'at', 'atPrecision', 'atRaw', 'text', 'channel',
  'source', 'sourceUrl', 'capturedAt',
] as const satisfies ReadonlyArray<keyof CapturedMessage>;

export const SEALED_CALL_FIELDS = [
  'kind', 'number', 'numberRaw', 'direction', 'at', 'atPrecision', 'atRaw', 'durationSec', 'text',
  'source', 'sourceUrl', 'capturedAt',
] as const satisfies ReadonlyArray<keyof CapturedCall>;
