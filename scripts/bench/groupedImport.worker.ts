/**
 * Not product code: a worker for import.browser.bench.mjs (bundled there with esbuild) that measures
 * what an import would cost at best if the store kept records in groups. It reads and parses the
 * files with the product's producer and seals every record with the product's `sealMessages` /
 * `sealCalls`; `grouped` then writes each chunk of 5,000 as 50 rows of 100 records in one JSON string
 * (indexed by time) plus one index row per chunk (its ids, number → groups) — 51 IndexedDB requests
 * per 5,000 records, one transaction per chunk, the next chunk sealed while one is written. No
 * duplicate check, no pending rows, no commit: none of what the real store must also do, so the
 * real thing could only be slower. `seal` stores nothing: the floor of any design that seals in the
 * browser.
 */
import { smsBackupProducer } from '../../utils/import/backupProducer';
import type { ProducedBatch } from '../../utils/import/run';
import { sealCalls, sealMessages } from '../../utils/evidence/seal';
import type { CallRecord, MessageRecord } from '../../utils/evidence/types';

export type ToGroupedWorker = { mode: 'seal' | 'grouped'; files: File[] };
export type FromGroupedWorker = { seconds: number; records: number } | { error: string };

const RECORDS_PER_ROW = 100;

function openScratchDb(): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(`grouped-${Math.random()}`, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('groups', { autoIncrement: true }).createIndex('at', 'at');
      req.result.createObjectStore('chunks', { autoIncrement: true });
    };
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

function writeChunk(db: IDBDatabase, records: Array<MessageRecord | CallRecord>): Promise<void> {
  return new Promise((ok, fail) => {
    const tx = db.transaction(['groups', 'chunks'], 'readwrite');
    const groups = tx.objectStore('groups');
    const ids: string[] = [];
    const numbers = new Map<string, Set<number>>();
    for (let start = 0; start < records.length; start += RECORDS_PER_ROW) {
      const group = records.slice(start, start + RECORDS_PER_ROW);
      const row = start / RECORDS_PER_ROW;
      for (const r of group) {
        ids.push(r.id);
        const rows = numbers.get(r.number) ?? new Set<number>();
        rows.add(row);
        numbers.set(r.number, rows);
      }
      groups.add({ at: group[0]!.at, records: JSON.stringify(group) });
    }
    tx.objectStore('chunks').add({ ids: ids.join(','), numbers: JSON.stringify([...numbers].map(([n, rows]) => [n, [...rows]])) });
    tx.oncomplete = () => ok();
    tx.onabort = () => fail(tx.error);
  });
}

async function run({ mode, files }: ToGroupedWorker): Promise<{ seconds: number; records: number }> {
  const db = mode === 'grouped' ? await openScratchDb() : undefined;
  const ctx = { source: 'sms-backup', sourceUrl: 'bench.xml', capturedAt: Date.now(), ordinals: new Map<string, number>() };
  let writing: Promise<void> = Promise.resolve();
  let records = 0;
  const t0 = performance.now();
  const onBatch = async (batch: ProducedBatch) => {
    const sealed = [...(await sealMessages(batch.messages, ctx)), ...(await sealCalls(batch.calls, ctx))];
    records += sealed.length;
    if (!db) return;
    const previous = writing;
    writing = previous.then(() => writeChunk(db, sealed));
    await previous;
  };
  for (const file of files) await smsBackupProducer(file)(onBatch);
  await writing;
  const seconds = (performance.now() - t0) / 1000;
  db?.close();
  return { seconds, records };
}

self.addEventListener('message', (e: MessageEvent<ToGroupedWorker>) => {
  run(e.data).then(
    (r) => self.postMessage(r satisfies FromGroupedWorker),
    (err: unknown) => self.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies FromGroupedWorker),
  );
});
