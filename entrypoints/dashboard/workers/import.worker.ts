/**
 * The SMS Backup import worker: reads the file in slices and parses it off the page's thread, so a
 * 100 MB backup never freezes the dashboard. It posts batches and waits for each to be acknowledged
 * (the page forwards them to the background), which keeps memory flat: at most one batch in flight.
 */
import { smsBackupProducer, type BackupProgress } from '../../../utils/import/backupProducer';
import type { ProducedBatch } from '../../../utils/import/run';

/** `parseOnly`: read and parse without sending anything (the benchmark's floor, scripts/bench). */
export type ToWorker = { type: 'start'; file: File; batchSize?: number; parseOnly?: boolean } | { type: 'ack'; seq: number };
export type FromWorker =
  | { type: 'progress'; progress: BackupProgress }
  | { type: 'batch'; seq: number; batch: ProducedBatch }
  | { type: 'done'; result: Awaited<ReturnType<ReturnType<typeof smsBackupProducer>>> }
  | { type: 'error'; message: string };

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
const acks = new Map<number, () => void>();
let seq = 0;
let lastProgress = 0;

self.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'ack') {
    acks.get(m.seq)?.();
    acks.delete(m.seq);
    return;
  }
  const produce = smsBackupProducer(m.file, {
    batchSize: m.batchSize,
    onProgress: (progress) => {
      // A progress line every ~100 ms is plenty for a person watching.
      const now = performance.now();
      if (now - lastProgress < 100 && progress.bytes < progress.totalBytes) return;
      lastProgress = now;
      post({ type: 'progress', progress: { ...progress, counts: { ...progress.counts } } });
    },
  });
  produce(
    (batch) =>
      m.parseOnly ? Promise.resolve() : new Promise<void>((ack) => {
        const n = ++seq;
        acks.set(n, ack);
        post({ type: 'batch', seq: n, batch });
      }),
  ).then(
    (result) => post({ type: 'done', result }),
    (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
