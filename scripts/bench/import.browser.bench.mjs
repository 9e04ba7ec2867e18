// SMS Backup import in the real product: Debian's Chromium with the e2e build, the dashboard's import
// worker, the service worker sealing and writing each chunk as pending, one small commit. Against the floor measured in
// the same browser, same run: the same worker only reading and parsing the same files.
//   node scripts/bench/import.browser.bench.mjs      (builds into .output-bench-import unless ANNING_SKIP_BUILD=1;
//                                                     a build left over from older sources measures old code)
//   IMPORT_BENCH_MESSAGES=20000 IMPORT_BENCH_CALLS=4000 node scripts/bench/import.browser.bench.mjs
// Time: from the file input's change to the report on screen (Playwright's own file hand-over excluded).
// Memory: peak resident memory of the whole browser (every process) above its level just before the
// phase, sampled every 100 ms from /proc, against the files' size.
// Then, each in a browser of its own, what IndexedDB and hashing alone cost, and a prototype of the
// cheapest store there could be (records in groups, groupedImport.worker.ts): the figures for
// deciding how the store should store (docs/CAPTURE.md §Benchmark).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, launchWithExtension, ROOT } from '../../tests/e2e/harness.mjs';
import { writeBackupFiles } from './smsBackupFile.mjs';

const MESSAGES = Number(process.env.IMPORT_BENCH_MESSAGES ?? 100_000);
const CALLS = Number(process.env.IMPORT_BENCH_CALLS ?? 20_000);

const OUT = process.env.ANNING_OUT_DIR ?? '.output-bench-import';
const EXTENSION_DIR = join(ROOT, OUT, 'chrome-mv3-e2e');
if (!process.env.ANNING_SKIP_BUILD) {
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, ANNING_OUT_DIR: OUT } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Resident memory (MB) of one browser, all its processes summed: the one whose command line has `marker`. */
function browserRssMB(marker) {
  const procs = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      procs.push({ pid: Number(pid), ppid, cmd, rss });
    } catch {
      // gone meanwhile
    }
  }
  const root = procs.find((p) => p.cmd.includes(marker) && !p.cmd.includes('--type='));
  if (!root) return 0;
  const tree = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) (tree.add(p.pid), (grew = true));
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((n, p) => n + p.rss, 0) / 1024;
}

async function measured(marker, fn) {
  const base = browserRssMB(marker);
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, browserRssMB(marker))), 100);
  try {
    const seconds = await fn();
    return { seconds, addedMB: Math.max(0, Math.max(peak, browserRssMB(marker)) - base) };
  } finally {
    clearInterval(timer);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'anning-import-browser-bench-'));
// The generated files serve every phase; they go when the bench ends, however it ends.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const ext = await launchWithExtension({ extensionDir: EXTENSION_DIR });
const EXT_MARKER = `--load-extension=${EXTENSION_DIR}`;
let fileMB, floor, imp, sample, files;
let records = 0;
try {
  files = writeBackupFiles(dir, { messages: MESSAGES, calls: CALLS });
  fileMB = (statSync(files.sms).size + statSync(files.calls).size) / 1_048_576;
  const page = await ext.openExtensionPage('dashboard.html#/capture');
  await page.getByTestId('backup-file').waitFor();
  const workerAsset = readdirSync(join(EXTENSION_DIR, 'assets')).find((f) => /^import\.worker-.*\.js$/.test(f));
  if (!workerAsset) throw new Error('no import worker in the build');

  // Floor: the same worker, parse only, both files.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.id = 'bench-floor';
    document.body.append(input);
  });
  await page.locator('#bench-floor').setInputFiles([files.sms, files.calls]);
  floor = await measured(EXT_MARKER, () =>
    page.evaluate(async (asset) => {
      const t0 = performance.now();
      for (const file of document.getElementById('bench-floor').files) {
        await new Promise((ok, fail) => {
          const w = new Worker(`/assets/${asset}`, { type: 'module' });
          w.onmessage = (e) => {
            if (e.data.type === 'done') (w.terminate(), ok());
            if (e.data.type === 'error') (w.terminate(), fail(new Error(e.data.message)));
          };
          w.postMessage({ type: 'start', file, parseOnly: true });
        });
      }
      return (performance.now() - t0) / 1000;
    }, workerAsset),
  );

  // The import, as a user does it: one file, then the other.
  imp = await measured(EXT_MARKER, async () => {
    let seconds = 0;
    for (const [i, file] of [files.sms, files.calls].entries()) {
      await page.evaluate(() => {
        window.__benchStart = 0;
        document.querySelector('[data-testid=backup-file]').addEventListener('change', () => (window.__benchStart = performance.now()), { once: true });
      });
      await page.getByTestId('backup-file').setInputFiles(file);
      const handle = await page.waitForFunction(
        (n) => {
          const el = document.querySelector('[data-testid=import-result]');
          const text = el?.textContent ?? '';
          if (!/导入完成|没有导入|已取消/.test(text) || !window.__benchStart) return null;
          return { text, seconds: (performance.now() - window.__benchStart) / 1000, n };
        },
        i,
        { timeout: 30 * 60_000, polling: 50 },
      );
      const r = await handle.jsonValue();
      if (!/导入完成/.test(r.text)) throw new Error(`import failed: ${r.text}`);
      records += Number(/新增 (\d+) 条/.exec(r.text)?.[1] ?? 0);
      seconds += r.seconds;
    }
    return seconds;
  });

  // A sample of what the import stored, and the store's own indexes, for the write phases below.
  sample = await page.evaluate(async () => {
    const store = await new Promise((ok, fail) => {
      const req = indexedDB.open('anning');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const source = store.transaction('messages').objectStore('messages');
    const indexes = [...source.indexNames].map((n) => [n, source.index(n).keyPath]);
    const rows = await new Promise((ok) => (source.getAll(null, 5_000).onsuccess = (e) => ok(e.target.result)));
    store.close();
    return { indexes, rows };
  });
} finally {
  await ext.close();
}

// What IndexedDB alone costs here: copies of the stored records written again into a scratch
// database with the same indexes as `messages`, in transactions of 5,000 like the import's chunks —
// no parsing, no messaging, no sealing. No import can be faster. Beside it: the same rows without any
// index and in transactions of 500 (is it the indexes, is it the transaction's size?). Then the same
// records 100 to a row (one request per group, indexed by the group's first number, time and capture
// time), as an array of records (IndexedDB clones every object), as one JSON string (one string to
// clone; JSON.stringify's time counted), and as JSON with the multi-entry indexes (every record's id,
// every number) a grouped store would need for its duplicates and queries: what storing evidence in
// groups would cost instead. Not what the store does; the figures for deciding whether to
// (docs/CAPTURE.md).
// Each phase runs in a browser of its own (a fresh profile on disk), started for it, on a plain
// page. Run one after another in the extension's browser, the first phase after the import grew
// memory by ~250 MB whatever it wrote and the phases after it by little, so their peaks said more
// about their order than about themselves.

// The grouped-store prototype's worker (groupedImport.worker.ts: the product's parser and sealing,
// a grouped write), bundled for the plain page.
const groupedWorker = (await build({ entryPoints: [join(ROOT, 'scripts/bench/groupedImport.worker.ts')], bundle: true, format: 'esm', write: false, logLevel: 'warning' })).outputFiles[0].text;
const PHASE_PAGE = createServer((req, res) => {
  if (req.url === '/grouped-worker.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(groupedWorker);
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>phase</title><input type="file" multiple id="files">');
});
await new Promise((ok) => PHASE_PAGE.listen(0, '127.0.0.1', ok));
/** Runs `run` in a fresh browser's plain page, the backup files already chosen in its file input. */
async function freshPhase(run, arg) {
  // A persistent profile on disk, like the extension's: a context without one (incognito) keeps
  // IndexedDB in memory, which measured twice as fast and put its data in the browser's memory.
  const profile = mkdtempSync(join(tmpdir(), 'anning-bench-phase-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const p = context.pages()[0] ?? (await context.newPage());
    await p.goto(`http://127.0.0.1:${PHASE_PAGE.address().port}/`);
    await p.evaluate(installPhases, sample);
    await p.locator('#files').setInputFiles([files.sms, files.calls]);
    await p.waitForTimeout(1_000); // let start-up settle before the base is taken
    return await measured(`--user-data-dir=${profile}`, () => p.evaluate(run, arg));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs in the phase's page: defines the writes and the hashing over `sample` as window.__idbBench. */
function installPhases({ indexes, rows }) {
  const open = (name, upgrade) =>
    new Promise((ok, fail) => {
      const req = indexedDB.open(name);
      if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  const writeAll = async (name, upgrade, total, put) => {
    const db = await open(name, upgrade);
    const t0 = performance.now();
    for (let done = 0; done < total; ) {
      await new Promise((ok, fail) => {
        const w = db.transaction(db.objectStoreNames[0], 'readwrite');
        done = put(w.objectStore(db.objectStoreNames[0]), done, total);
        w.oncomplete = ok;
        w.onerror = () => fail(w.error);
      });
    }
    const seconds = (performance.now() - t0) / 1000;
    db.close();
    indexedDB.deleteDatabase(name);
    return seconds;
  };
  // Every record written gets strings of its own (id, hash, text, time text), as an import's records
  // have, so no phase is cheaper for sharing strings with the 5,000 sampled records. (Measured: the
  // write floor's memory was the same either way, 87–91 MB.)
  const fresh = (r, n) => ({ ...r, id: `${r.id}-${n}`, hash: `${n}${r.hash}`.slice(0, 64), text: `${r.text} ${n}`, atRaw: `${r.atRaw}.${n}` });
  window.__idbBench = {
    // Two SHA-256 per record (identity and seal, as utils/evidence/seal.ts computes them) over each
    // record's JSON with Web Crypto, 5,000 at a time in parallel. The product hashes records with
    // @noble/hashes instead (sha256HexOfText in utils/evidence/canonical.ts; measured in Node in
    // docs/CAPTURE.md); this is the browser's own alternative, for the same decision.
    hashAll: async (total) => {
      const enc = new TextEncoder();
      const t0 = performance.now();
      for (let done = 0; done < total; ) {
        const batch = [];
        for (let i = 0; i < rows.length && done < total; i++, done++) {
          const text = JSON.stringify({ ...rows[i], id: undefined, hash: undefined, n: done });
          batch.push(crypto.subtle.digest('SHA-256', enc.encode(text)), crypto.subtle.digest('SHA-256', enc.encode(`${text}#`)));
        }
        await Promise.all(batch);
      }
      return (performance.now() - t0) / 1000;
    },
    // `withIndexes` false: the primary key alone. `perTransaction`: rows per transaction.
    rowsWrite: (total, { withIndexes = true, perTransaction = 5_000 } = {}) =>
      writeAll('rows', (d) => {
        const s = d.createObjectStore('messages', { keyPath: 'id' });
        if (withIndexes) for (const [n, keyPath] of indexes) s.createIndex(n, keyPath);
      }, total, (s, done, total) => {
        for (let i = 0; i < perTransaction && done < total; i++, done++) s.add(fresh(rows[i % rows.length], done));
        return done;
      }),
    groupedWrite: (total, { asJson, storeIndexes = false }) =>
      writeAll('groups', (d) => {
        const s = d.createObjectStore('groups', { keyPath: 'id' });
        for (const n of ['number', 'at', 'capturedAt']) s.createIndex(n, n);
        if (storeIndexes) for (const n of ['ids', 'numbers']) s.createIndex(n, n, { multiEntry: true });
      }, total, (s, done, total) => {
        for (let n = 0; n < rows.length && done < total; ) {
          const group = [];
          for (; group.length < 100 && n < rows.length && done < total; n++, done++) group.push(fresh(rows[n], done));
          const row = { id: group[0].id, number: group[0].number, at: group[0].at, capturedAt: group[0].capturedAt, records: asJson ? JSON.stringify(group) : group };
          if (storeIndexes) Object.assign(row, { ids: group.map((r) => r.id), numbers: [...new Set(group.map((r) => r.number))] });
          s.add(row);
        }
        return done;
      }),
  };
}

const rowsPhase = await freshPhase((n) => window.__idbBench.rowsWrite(n), records);
const rowsBarePhase = await freshPhase((n) => window.__idbBench.rowsWrite(n, { withIndexes: false }), records);
const rowsSmallTxPhase = await freshPhase((n) => window.__idbBench.rowsWrite(n, { perTransaction: 500 }), records);
const groupedPhase = await freshPhase((n) => window.__idbBench.groupedWrite(n, { asJson: false }), records);
const groupedJsonPhase = await freshPhase((n) => window.__idbBench.groupedWrite(n, { asJson: true }), records);
const groupedStorePhase = await freshPhase((n) => window.__idbBench.groupedWrite(n, { asJson: true, storeIndexes: true }), records);
const hashSeconds = (await freshPhase((n) => window.__idbBench.hashAll(n), records)).seconds;
// The best an import could do here if the store kept records in groups (groupedImport.worker.ts):
// parse + seal with nothing stored (the floor of any design that seals in the browser), then parse +
// seal + the grouped write. Timed inside the worker, like the floor.
const groupedImport = (mode) =>
  freshPhase(
    (mode) =>
      new Promise((ok, fail) => {
        const w = new Worker('/grouped-worker.js', { type: 'module' });
        w.onerror = (e) => fail(new Error(e.message));
        w.onmessage = (e) => (w.terminate(), e.data.error ? fail(new Error(e.data.error)) : ok(e.data.seconds));
        w.postMessage({ mode, files: [...document.getElementById('files').files] });
      }),
    mode,
  );
const sealOnlyPhase = await groupedImport('seal');
const groupedImportPhase = await groupedImport('grouped');
const idbIndexes = sample.indexes.map(([n]) => n);
PHASE_PAGE.close();

const round = (n, d = 3) => Number(n.toFixed(d));
const meta = { messages: MESSAGES, calls: CALLS, fileMB: round(fileMB, 1), records, browser: 'chromium' };
const line = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
/** A phase's seconds against the parse floor; `memory` adds its peak against the files' size. */
const againstParse = (name, phase, { memory = true, ...extra } = {}) =>
  line({
    bench: `import.sms-backup.browser.${name}`, unit: 's', value: round(phase.seconds), baseline: 'worker-parse-only', baselineValue: round(floor.seconds), ratio: round(phase.seconds / floor.seconds, 2),
    ...extra,
    ...(memory ? { peakMemoryMB: round(phase.addedMB, 1), peakMemoryOverFile: round(phase.addedMB / fileMB, 2) } : {}),
    ...meta,
  });
againstParse('seconds', imp, { memory: false, target: '<= 2' });
againstParse('idb-write-floor', rowsPhase, { memory: false, importOverIdb: round(imp.seconds / rowsPhase.seconds, 2), indexes: idbIndexes });
againstParse('idb-write-no-index', rowsBarePhase, { withIndexesOverBare: round(rowsPhase.seconds / rowsBarePhase.seconds, 2) });
againstParse('idb-write-500-per-transaction', rowsSmallTxPhase, { indexes: idbIndexes });
againstParse('idb-grouped-write', groupedPhase, { perRowOverGrouped: round(rowsPhase.seconds / groupedPhase.seconds, 1), recordsPerRow: 100 });
againstParse('idb-grouped-json-write', groupedJsonPhase, { perRowOverGrouped: round(rowsPhase.seconds / groupedJsonPhase.seconds, 1), recordsPerRow: 100 });
againstParse('idb-grouped-json-write-with-store-indexes', groupedStorePhase, { multiEntryIndexes: ['ids', 'numbers'], recordsPerRow: 100 });
againstParse('webcrypto-sha256-twice-per-record', { seconds: hashSeconds }, { memory: false });
againstParse('parse-and-seal-nothing-stored', sealOnlyPhase);
againstParse('grouped-store-prototype', groupedImportPhase, { recordsPerRow: 100, targets: { time: '<= 2', memory: '<= 3' } });
/** A peak (MB) against the files' size. */
const againstFile = (name, mb, extra = {}) =>
  line({ bench: `import.sms-backup.browser.${name}`, unit: 'MB', value: round(mb, 1), baseline: 'file-size', baselineValue: round(fileMB, 1), ratio: round(mb / fileMB, 2), ...extra, ...meta });
againstFile('idb-write-floor-peak-memory', rowsPhase.addedMB);
againstFile('peak-memory', imp.addedMB, { target: '<= 3' });
againstFile('parse-peak-memory', floor.addedMB);
