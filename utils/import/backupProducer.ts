/**
 * The SMS Backup & Restore producer for runImport: file slices → UTF-8 text → saxes → evidence inputs
 * in batches. Runs in the import worker (entrypoints/import-worker.ts) and in Node (tests, bench).
 */
import type { CallInput, MessageInput } from '../evidence/seal';
import { readUtf8Slices, type SliceSource } from './readText';
import type { ProducedBatch, ProducerResult } from './run';
import { SmsBackupStream, type Rejection, type StreamCounts } from './smsBackup';

export const SMS_BACKUP_SOURCE = 'sms-backup';
const MAX_KEPT_REJECTIONS = 200;

export interface BackupProgress {
  bytes: number;
  totalBytes: number;
  counts: StreamCounts;
}

export function smsBackupProducer(
  file: SliceSource,
  opts: { signal?: AbortSignal; onProgress?: (p: BackupProgress) => void; batchSize?: number } = {},
) {
  const batchSize = opts.batchSize ?? 5_000;
  return async (emit: (b: ProducedBatch) => Promise<void>): Promise<ProducerResult> => {
    let batch: Required<ProducedBatch> = { messages: [], calls: [], messageLines: [], callLines: [] };
    const rejections: Rejection[] = [];
    let rejected = 0;
    // Batches go out strictly in order (identity ordinals follow it), one after the other; the reader
    // may run one batch ahead of the background, so parsing and sealing overlap but memory stays flat.
    let chain: Promise<void> = Promise.resolve();
    const inFlight: Promise<void>[] = [];
    const flush = () => {
      const b = batch;
      batch = { messages: [], calls: [], messageLines: [], callLines: [] };
      // Once a record is rejected the file will be refused: stop sending, keep parsing for the report.
      if (rejected === 0 && (b.messages.length || b.calls.length)) {
        chain = chain.then(() => emit(b));
        chain.catch(() => undefined); // surfaced where it is awaited, never reported as unhandled
        inFlight.push(chain);
      }
    };
    const stream = new SmsBackupStream({
      message: (m) => {
        const input: MessageInput = {
          numberRaw: m.numberRaw, direction: m.direction, at: m.at, atPrecision: 'ms', atRaw: m.atRaw, text: m.text, channel: m.channel,
        };
        batch.messages.push(input);
        batch.messageLines.push(m.line);
        if (batch.messages.length >= batchSize) flush();
      },
      call: (c) => {
        const input: CallInput = {
          numberRaw: c.numberRaw, direction: c.direction, at: c.at, atPrecision: 'ms', atRaw: c.atRaw, durationSec: c.durationSec,
        };
        batch.calls.push(input);
        batch.callLines.push(c.line);
        if (batch.calls.length >= batchSize) flush();
      },
      reject: (r) => {
        rejected++;
        if (rejections.length < MAX_KEPT_REJECTIONS) rejections.push(r);
      },
    });
    await readUtf8Slices(
      file,
      async (text) => {
        stream.write(text);
        // Backpressure: at most one batch waiting behind the one being stored.
        while (inFlight.length > 1) await inFlight.shift();
      },
      { signal: opts.signal, onProgress: (bytes) => opts.onProgress?.({ bytes, totalBytes: file.size, counts: stream.counts }) },
    );
    const counts = stream.close();
    flush();
    await chain;
    const notes = [
      `短信 ${counts.sms} 条，彩信 ${counts.mms} 条，通话 ${counts.calls} 条`,
      ...(counts.skipped ? [`跳过草稿、发件箱、发送失败和排队中的信息 ${counts.skipped} 条`] : []),
    ];
    return { rejections, rejected, notes };
  };
}
