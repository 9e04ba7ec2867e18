/**
 * What a backup may contain, field by field. Structural fields (ids, hashes, kinds, sources, MIME
 * types) must match strict patterns, so markup or script there is refused. Free-text fields (message
 * text, notes, names) are kept verbatim — a collector's SMS may itself contain `<b>` — and every page
 * of this extension renders them as text, never as HTML.
 */
import * as v from 'valibot';

const MIN_AT = 946_684_800_000;
const MAX_AT = 4_102_444_800_000;
const time = v.pipe(v.number(), v.integer(), v.minValue(MIN_AT), v.maxValue(MAX_AT));
const optionalTime = v.optional(time);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const localId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));

/**
 * A page URL or an imported file's name. Never rendered as a link anywhere (always as text), so any
 * scheme Anning itself may have stored (about:, blob:, an extension page) must restore.
 */
export const sourceUrl = text(2_000);

const owner = v.picklist(['borrower', 'family', 'friend', 'colleague', 'other']);
const precision = v.picklist(['ms', 's', 'min', 'day']);
const annotations = {
  caseId: v.optional(localId),
  owner,
  notes: text(20_000),
  tags: v.pipe(v.array(text(100)), v.maxLength(50)),
  attachmentIds: v.pipe(v.array(hex64), v.maxLength(1_000)),
};
const captured = {
  number: text(200),
  numberRaw: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  at: time,
  atPrecision: precision,
  atRaw: text(2_000),
  text: text(20_000),
  source: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'source must be an importer id')),
  sourceUrl,
  capturedAt: time,
  hash: hex64,
};

export const MessageRecordSchema = v.object({
  kind: v.literal('message'),
  id: v.pipe(v.string(), v.regex(/^m_[0-9a-f]{32}$/, 'message id')),
  direction: v.picklist(['in', 'out']),
  channel: v.picklist(['sms', 'mms', 'im', 'visit', 'other']),
  ...captured,
  ...annotations,
});

export const CallRecordSchema = v.object({
  kind: v.literal('call'),
  id: v.pipe(v.string(), v.regex(/^c_[0-9a-f]{32}$/, 'call id')),
  direction: v.picklist(['in', 'out', 'missed', 'rejected', 'blocked', 'voicemail']),
  durationSec: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86_400)),
  ...captured,
  ...annotations,
});

export const CaseSchema = v.looseObject({
  id: localId,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
  kind: v.pipe(v.string(), v.regex(/^[a-z_]{1,50}$/)),
  serviceNumber: text(1_000),
  loan: v.looseObject({}),
  notes: text(100_000),
  createdAt: time,
  updatedAt: time,
});

export const AttachmentSchema = v.object({
  id: hex64,
  name: text(500),
  // Empty when the browser didn't know the file's type; parameters (`;charset=…`) allowed, markup not.
  type: v.pipe(v.string(), v.maxLength(200), v.regex(/^([a-z]+\/[a-z0-9.+-]{1,100}(\s*;[^<>"]{0,90})?)?$/i, 'attachment type must be a MIME type')),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  recordId: v.optional(v.pipe(v.string(), v.regex(/^[mc]_[0-9a-f]{32}$/))),
  caseId: v.optional(localId),
  capturedAt: time,
  sourceUrl,
  /** The file's bytes, base64. */
  data: v.string(),
});

// Tables owned by other parts of the product: the key fields they are matched by are checked; the
// rest is kept as it is so the backup stays lossless when those parts add fields.
export const NumberSchema = v.looseObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  caseId: v.optional(localId),
  updatedAt: v.optional(time),
});
export const ComplaintSchema = v.looseObject({
  id: localId,
  caseId: localId,
  channel: v.pipe(v.string(), v.regex(/^[^<>"'&]{1,100}$/)),
  createdAt: time,
});
export const DraftSchema = ComplaintSchema;
export const SubscriptionSchema = v.looseObject({
  id: localId,
  url: v.pipe(v.string(), v.maxLength(2_000), v.regex(/^https?:\/\//, 'subscription URL must be http(s)')),
});
export const SettingSchema = v.object({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), value: v.unknown() });
export const ImportLogSchema = v.looseObject({ id: localId, at: time });

const list = <S extends v.GenericSchema>(s: S, max = 2_000_000) => v.optional(v.pipe(v.array(s), v.maxLength(max)), []);

export const BackupV1Schema = v.object({
  format: v.literal('anning-backup'),
  version: v.literal(1),
  createdAt: time,
  app: v.optional(v.object({ name: text(100), version: text(50) })),
  tables: v.object({
    messages: list(MessageRecordSchema),
    calls: list(CallRecordSchema),
    cases: list(CaseSchema, 10_000),
    attachments: list(AttachmentSchema, 100_000),
    numbers: list(NumberSchema, 1_000_000),
    complaints: list(ComplaintSchema, 100_000),
    drafts: list(DraftSchema, 100_000),
    subscriptions: list(SubscriptionSchema, 1_000),
    settings: list(SettingSchema, 10_000),
    imports: list(ImportLogSchema, 100_000),
  }),
});

export type BackupV1 = v.InferOutput<typeof BackupV1Schema>;
