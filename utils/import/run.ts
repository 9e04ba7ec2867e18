/**
 * Client side of an import: records come from a producer (the SMS Backup stream, a CSV mapping, a site
 * adapter) in batches; they go to the background as `import/chunk`s of one session, and the import is
 * committed only when the producer finished with no rejection. Otherwise it is aborted and the reasons
 * are logged: all-or-nothing.
 */
import type { CallInput, MessageInput } from '../evidence/seal';
import type { request as requestFn } from '../messaging/client';
import type { Rejection } from './smsBackup';

export const CHUNK = 5_000;

export interface ProducedBatch {
  messages: MessageInput[];
  calls: CallInput[];
  /** Line (or position) of each message / call in its file, for errors raised while sealing. */
  messageLines?: number[];
  callLines?: number[];
}

export interface ProducerResult {
  rejections: Rejection[];
  rejected: number;
  /** Extra lines for the report (e.g. "跳过 3 条草稿"). */
  notes?: string[];
  /** The producer stopped early on the user's request: keep what was collected (captures only). */
  stopped?: boolean;
}

export interface ImportOutcome {
  status: 'committed' | 'refused' | 'cancelled';
  added: number;
  duplicates: number;
  rejected: number;
  messages: { added: number; duplicates: number };
  calls: { added: number; duplicates: number };
  /** Report lines (reasons with line/column for refusals). */
  lines: string[];
  importId?: number;
  stopped?: boolean;
}

export function rejectionLine(r: Rejection): string {
  return `第 ${r.line} 行${r.column ? `第 ${r.column} 列` : ''}：${r.reason}`;
}

export interface RunImportOptions {
  source: string;
  fileName?: string;
  caseId?: number;
  owner?: 'borrower' | 'family' | 'friend' | 'colleague' | 'other';
  signal?: AbortSignal;
  /** Cancelling an import drops everything; stopping a capture keeps what was collected. */
  keepOnAbort?: boolean;
  send: typeof requestFn;
  produce: (emit: (batch: ProducedBatch) => Promise<void>) => Promise<ProducerResult>;
}

const EMPTY = { added: 0, duplicates: 0 };

export async function runImport(o: RunImportOptions): Promise<ImportOutcome> {
  const { sessionId } = await o.send('import/begin', { source: o.source, fileName: o.fileName, caseId: o.caseId, owner: o.owner });
  let refusedBySeal: string | null = null;
  let sealRejected = false;
  const emit = async (batch: ProducedBatch) => {
    if (refusedBySeal) return;
    // Split to the protocol's cap.
    for (let i = 0; i < Math.max(batch.messages.length, batch.calls.length); i += CHUNK) {
      const messages = batch.messages.slice(i, i + CHUNK);
      const calls = batch.calls.slice(i, i + CHUNK);
      if (!messages.length && !calls.length) continue;
      try {
        await o.send('import/chunk', { sessionId, messages, calls });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        // "record 12 field text: …" → the file's own line, when the producer told us.
        const m = /(messages|calls): record (\d+)(.*)$/s.exec(message);
        const lines = m?.[1] === 'calls' ? batch.callLines : batch.messageLines;
        const line = m ? lines?.[i + Number(m[2])] : undefined;
        refusedBySeal = line !== undefined ? `第 ${line} 行：${m![3]!.replace(/^\s*field\s*/, '字段 ')}` : message;
        sealRejected = true;
        return;
      }
    }
  };
  let result: ProducerResult;
  try {
    result = await o.produce(emit);
  } catch (err) {
    if (o.signal?.aborted && !o.keepOnAbort) {
      await o.send('import/abort', { sessionId }).catch(() => undefined);
      return { status: 'cancelled', added: 0, duplicates: 0, rejected: 0, messages: EMPTY, calls: EMPTY, lines: [] };
    }
    // A file refused as a whole (broken XML, wrong encoding) or a page that turned out unreadable:
    // nothing stored, and the reason kept in the import log.
    const reason = (err instanceof Error ? err.message : String(err)).slice(0, 500);
    await o.send('import/abort', { sessionId, log: { source: o.source, fileName: (o.fileName ?? '').slice(0, 500), rejected: 0, lines: [reason] } }).catch(() => undefined);
    throw err;
  }
  if (o.signal?.aborted && !o.keepOnAbort) {
    await o.send('import/abort', { sessionId }).catch(() => undefined);
    return { status: 'cancelled', added: 0, duplicates: 0, rejected: 0, messages: EMPTY, calls: EMPTY, lines: [] };
  }
  const lines = result.rejections.map(rejectionLine);
  if (refusedBySeal) lines.unshift(refusedBySeal);
  const rejected = result.rejected + (sealRejected ? 1 : 0);
  if (rejected > 0) {
    if (result.rejected > result.rejections.length) lines.push(`……另有 ${result.rejected - result.rejections.length} 条无法读取`);
    const { importId } = await o.send('import/abort', {
      sessionId,
      log: { source: o.source, fileName: o.fileName ?? '', rejected, lines: lines.slice(0, 200).map((l) => l.slice(0, 500)) },
    });
    return { status: 'refused', added: 0, duplicates: 0, rejected, messages: EMPTY, calls: EMPTY, lines, importId };
  }
  const notes = (result.notes ?? []).map((l) => l.slice(0, 500));
  const r = await o.send('import/commit', { sessionId, notes });
  return {
    status: 'committed',
    added: r.messages.added + r.calls.added,
    duplicates: r.messages.duplicates + r.calls.duplicates,
    rejected: 0,
    messages: r.messages,
    calls: r.calls,
    lines: notes,
    importId: r.importId,
    stopped: result.stopped,
  };
}
