/**
 * Where captured evidence is sealed. Every message and call — from a site adapter, an import or the
 * user's own hand — passes through `sealMessages` / `sealCalls` exactly once, in the background,
 * before it is stored. The seal is the SHA-256 of the canonical JSON of the SEALED_*_FIELDS.
 */
import * as v from 'valibot';
import { parsePhone } from '../phone';
import { identityKey } from './identity';
import { sealHashOf } from './sealedLine';
import {
  type CallRecord,
  type CapturedCall,
  type CapturedMessage,
  type EvidenceOwner,
  type MessageRecord,
  type TimePrecision,
} from './types';

// Bounds keep a hostile page from filling the store with one giant record.
const MAX_TEXT = 20_000;
const MAX_SHORT = 2_000;
// 2000-01-01 .. 2100-01-01: anything outside is a parse error, not evidence.
const MIN_AT = 946_684_800_000;
const MAX_AT = 4_102_444_800_000;

const at = v.pipe(v.number(), v.integer(), v.minValue(MIN_AT), v.maxValue(MAX_AT));
const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT));
const precision = v.optional(v.picklist(['ms', 's', 'min', 'day']), 'ms');

export const MessageInputSchema = v.object({
  numberRaw: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  direction: v.picklist(['in', 'out']),
  at,
  atPrecision: precision,
  atRaw: v.optional(shortText, ''),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  channel: v.optional(v.picklist(['sms', 'mms', 'im', 'visit', 'other']), 'sms'),
  sourceUrl: v.optional(shortText, ''),
});
export type MessageInput = v.InferInput<typeof MessageInputSchema>;

export const CallInputSchema = v.object({
  numberRaw: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  direction: v.picklist(['in', 'out', 'missed', 'rejected', 'blocked', 'voicemail']),
  at,
  atPrecision: precision,
  atRaw: v.optional(shortText, ''),
  durationSec: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86_400)), 0),
  text: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT)), ''),
  sourceUrl: v.optional(shortText, ''),
});
export type CallInput = v.InferInput<typeof CallInputSchema>;

export interface SealContext {
  /** Adapter or importer id. */
  source: string;
  /** Fallback when an input has no sourceUrl: the sending page, or the imported file name. */
  sourceUrl: string;
  capturedAt: number;
  owner?: EvidenceOwner;
  caseId?: number;
  /** Ordinals of identical records, shared by every batch of one capture or import (see identity.ts). */
  ordinals?: Map<string, number>;
}

/** The number key used for matching: parsePhone's key, or the raw sender trimmed (e.g. `中国移动`). */
export function numberKey(raw: string): string {
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = parsePhone(raw)?.key ?? raw.trim();
    // A backup repeats a few hundred numbers over 100,000 records: remember them (bounded).
    if (keyCache.size >= 20_000) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key;
}
const keyCache = new Map<string, string>();

export class EvidenceInputError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
    this.name = 'EvidenceInputError';
  }
}

function parseAll<S extends v.GenericSchema>(schema: S, inputs: unknown[]): v.InferOutput<S>[] {
  return inputs.map((input, index) => {
    const result = v.safeParse(schema, input);
    if (!result.success) {
      const issue = result.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new EvidenceInputError(`record ${index}${path ? ` field ${path}` : ''}: ${issue.message}`, index);
    }
    return result.output;
  });
}

const annotations = (ctx: SealContext) => ({
  caseId: ctx.caseId,
  owner: ctx.owner ?? 'borrower',
  notes: '',
  tags: [] as string[],
  attachmentIds: [] as string[],
});

/** The fields every captured record has, from its validated input and the capture context. */
function capturedCommon(p: { numberRaw: string; at: number; atPrecision: TimePrecision; atRaw: string; sourceUrl: string }, ctx: SealContext) {
  return {
    number: numberKey(p.numberRaw),
    numberRaw: p.numberRaw,
    at: p.at,
    atPrecision: p.atPrecision,
    atRaw: p.atRaw,
    source: ctx.source,
    sourceUrl: p.sourceUrl || ctx.sourceUrl,
    capturedAt: ctx.capturedAt,
  };
}

/**
 * Adds identity, seal and empty annotations: the one place a record's hash is computed. Synchronous,
 * one record after another (identity ordinals are counted in order): the hashes are computed in
 * JavaScript either way, and a promise per record cost more than the hash of a short message.
 */
function seal<C extends CapturedMessage | CapturedCall>(captured: C[], ctx: SealContext) {
  const seen = ctx.ordinals ?? new Map<string, number>();
  return captured.map((c) => ({ ...c, id: identityKey(c, seen), hash: sealHashOf(c), ...annotations(ctx) }));
}

/** Validates every input first: one bad record rejects the whole batch (imports are all-or-nothing). */
export async function sealMessages(inputs: unknown[], ctx: SealContext): Promise<MessageRecord[]> {
  const captured = parseAll(MessageInputSchema, inputs).map(
    (p): CapturedMessage => ({ kind: 'message', ...capturedCommon(p, ctx), direction: p.direction, text: p.text, channel: p.channel }),
  );
  return seal(captured, ctx);
}

export async function sealCalls(inputs: unknown[], ctx: SealContext): Promise<CallRecord[]> {
  const captured = parseAll(CallInputSchema, inputs).map(
    (p): CapturedCall => ({ kind: 'call', ...capturedCommon(p, ctx), direction: p.direction, durationSec: p.durationSec, text: p.text }),
  );
  return seal(captured, ctx);
}

/** Re-computes the seal of a stored record: true when its captured fields are as they were sealed. */
export async function verifySeal(record: MessageRecord | CallRecord): Promise<boolean> {
  return sealHashOf(record) === record.hash;
}
