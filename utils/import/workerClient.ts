/**
 * Page side of the import worker: turns its messages into a runImport producer. Cancelling
 * terminates the worker at once; runImport then drops the session.
 */
import type { BackupProgress } from './backupProducer';
import type { ProducedBatch, ProducerResult } from './run';

type FromWorker =
  | { type: 'progress'; progress: BackupProgress }
  | { type: 'batch'; seq: number; batch: ProducedBatch }
  | { type: 'done'; result: ProducerResult }
  | { type: 'error'; message: string };

export function workerProducer(worker: Worker, file: File, opts: { signal: AbortSignal; onProgress: (p: BackupProgress) => void }) {
  return (emit: (b: ProducedBatch) => Promise<void>) =>
    new Promise<ProducerResult>((resolve, reject) => {
      const stop = () => {
        worker.terminate();
        reject(new DOMException('cancelled', 'AbortError'));
      };
      if (opts.signal.aborted) return stop();
      opts.signal.addEventListener('abort', stop, { once: true });
      worker.onerror = (e) => reject(new Error(e.message || '导入程序出错'));
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.type === 'progress') opts.onProgress(m.progress);
        else if (m.type === 'batch') {
          emit(m.batch).then(
            () => worker.postMessage({ type: 'ack', seq: m.seq }),
            (err: unknown) => {
              worker.terminate();
              reject(err);
            },
          );
        } else if (m.type === 'done') {
          worker.terminate();
          resolve(m.result);
        } else {
          worker.terminate();
          reject(new Error(m.message));
        }
      };
      worker.postMessage({ type: 'start', file });
    });
}
