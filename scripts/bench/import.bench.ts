/**
 * SMS Backup import: seconds and peak memory of the whole import (stream-parse → seal → write each
 * chunk as pending → one small commit, into IndexedDB) against the floor of stream-parsing the same
 * files alone, same run.
 * Generated backup: 100,000 messages (sms.xml) + 20,000 calls (calls.xml). Each phase runs in its own
 * child process so its peak RSS (`process.resourceUsage().maxRSS`) is its own.
 *
 * In Node the "background" is the same process and IndexedDB is fake-indexeddb (in-memory), so this
 * measures our code's cost, not Chromium's IndexedDB; parse and seal also run one after the other here,
 * where the extension runs them in a worker and the service worker side by side.
 *
 *   npx tsx scripts/bench/import.bench.ts            (or: npm run bench -- import)
 *   IMPORT_BENCH_MESSAGES=20000 IMPORT_BENCH_CALLS=4000 npx tsx scripts/bench/import.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ES module shared with the browser bench
import { writeBackupFiles } from './smsBackupFile.mjs';

const MESSAGES = Number(process.env.IMPORT_BENCH_MESSAGES ?? 100_000);
const CALLS = Number(process.env.IMPORT_BENCH_CALLS ?? 20_000);
const SELF = fileURLToPath(import.meta.url);

function generate(dir: string): { sms: string; calls: string } {
  return writeBackupFiles(dir, { messages: MESSAGES, calls: CALLS });
}

async function phaseParse(files: string[]) {
  const { SmsBackupStream } = await import('../../utils/import/smsBackup');
  const { readUtf8Slices } = await import('../../utils/import/readText');
  let records = 0;
  const t0 = performance.now();
  for (const f of files) {
    const stream = new SmsBackupStream({ message: () => void records++, call: () => void records++ });
    await readUtf8Slices(await openAsBlob(f), (text) => stream.write(text));
    stream.close();
  }
  return { seconds: (performance.now() - t0) / 1000, records };
}

async function phaseImport(files: string[]) {
  // @ts-expect-error side-effect module without types: installs IndexedDB in Node
  await import('fake-indexeddb/auto');
  const { AnningDb } = await import('../../utils/store/db');
  const { route } = await import('../../utils/messaging/router');
  const { importHandlers } = await import('../../utils/import/handlers');
  const { runImport } = await import('../../utils/import/run');
  const { smsBackupProducer } = await import('../../utils/import/backupProducer');
  const db = new AnningDb(`bench-${Date.now()}`);
  await db.open();
  const sender = { isExtensionPage: true, url: 'chrome-extension://bench/dashboard.html' };
  let commitSeconds = 0;
  let chunkSeconds = 0;
  const send = (async (type: string, payload: unknown) => {
    const t = performance.now();
    const r = await route(importHandlers, { anning: 1, type, payload }, { db, sender, now: Date.now });
    if (type === 'import/commit') commitSeconds += (performance.now() - t) / 1000;
    if (type === 'import/chunk') chunkSeconds += (performance.now() - t) / 1000;
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }) as never;
  let records = 0;
  const t0 = performance.now();
  for (const f of files) {
    const out = await runImport({ source: 'sms-backup', fileName: f, send, produce: smsBackupProducer(await openAsBlob(f)) });
    if (out.status !== 'committed') throw new Error(`import ${out.status}: ${out.lines.slice(0, 3).join('; ')}`);
    records += out.added + out.duplicates;
  }
  const seconds = (performance.now() - t0) / 1000;
  const stored = (await db.messages.count()) + (await db.calls.count());
  if (stored !== records) throw new Error(`stored ${stored}, imported ${records}`);
  return { seconds, records, commitSeconds, chunkSeconds };
}

const phase = process.argv.find((a) => a.startsWith('--phase='))?.slice(8);
if (phase) {
  const files = process.argv.filter((a) => a.endsWith('.xml'));
  // What the runtime itself holds (Node, tsx, the modules) is not the import's: measured before it starts.
  const baseRssMB = process.memoryUsage().rss / 1_048_576;
  const r = phase === 'parse' ? await phaseParse(files) : await phaseImport(files);
  process.stdout.write(JSON.stringify({ ...r, baseRssMB, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'anning-import-bench-'));
  try {
    const paths = generate(dir);
    const files = [paths.sms, paths.calls];
    const fileMB = files.reduce((n, f) => n + statSync(f).size, 0) / 1_048_576;
    const run = (name: string) => {
      // The same runtime as this process (tsx's loader flags included), one fresh process per phase.
      const r = spawnSync(process.execPath, [...process.execArgv, SELF, `--phase=${name}`, ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`${name} phase failed: ${r.stderr.slice(-2000)}`);
      const o = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { seconds: number; records: number; maxRssMB: number; baseRssMB: number; commitSeconds?: number; chunkSeconds?: number };
      return { ...o, addedMB: o.maxRssMB - o.baseRssMB };
    };
    const parse = run('parse');
    const imp = run('import');
    const round = (n: number, d = 3) => Number(n.toFixed(d));
    const line = (o: Record<string, unknown>) => process.stdout.write(JSON.stringify(o) + '\n');
    const meta = { messages: MESSAGES, calls: CALLS, fileMB: round(fileMB, 1), records: imp.records };
    line({ bench: 'import.sms-backup.node.seconds', unit: 's', value: round(imp.seconds), baseline: 'parse-only', baselineValue: round(parse.seconds), ratio: round(imp.seconds / parse.seconds, 2), target: '<= 2', ...meta });
    // Where it goes: import/chunk requests (seal + write each chunk into fake-indexeddb, which in Node
    // run one after the other on the parser's thread) and the final import/commit (one small transaction).
    line({ bench: 'import.sms-backup.node.seconds-in-chunks', unit: 's', value: round(imp.chunkSeconds ?? 0), baseline: 'parse-only', baselineValue: round(parse.seconds), ratio: round((imp.chunkSeconds ?? 0) / parse.seconds, 2), commitSeconds: round(imp.commitSeconds ?? 0), ...meta });
    // Peak RSS above what the process held before the work began (runtime and modules), against the file size.
    line({ bench: 'import.sms-backup.node.peak-memory', unit: 'MB', value: round(imp.addedMB, 1), baseline: 'file-size', baselineValue: round(fileMB, 1), ratio: round(imp.addedMB / fileMB, 2), target: '<= 3', runtimeMB: round(imp.baseRssMB, 1), ...meta });
    line({ bench: 'import.sms-backup.node.parse-peak-memory', unit: 'MB', value: round(parse.addedMB, 1), baseline: 'file-size', baselineValue: round(fileMB, 1), ratio: round(parse.addedMB / fileMB, 2), runtimeMB: round(parse.baseRssMB, 1), ...meta });
    line({ bench: 'import.sms-backup.node.records-per-second', unit: 'records/s', value: Math.round(imp.records / imp.seconds), baseline: 'parse-only', baselineValue: Math.round(parse.records / parse.seconds), ratio: round(parse.seconds / imp.seconds, 2), ...meta });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
