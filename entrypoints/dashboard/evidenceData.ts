/**
 * The dashboard's evidence, loaded once per page and shared by its sections.
 *
 * First paint never waits for 100,000 records: the newest page comes from the `at` index at once,
 * then the whole list loads into an EvidenceIndex (search, filters), then a worker classifies it and
 * violation counts fill in. Writes by the background (captures, imports, annotations) re-load it.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { EvidenceRecord } from '../../utils/evidence/types';
import { getDb } from '../../utils/store/db';
import { pendingState } from '../../utils/store/pending';
import { visibleEvidence } from '../../utils/store/visible';
import { EvidenceIndex } from '../../utils/view/evidenceIndex';
import type { ClassifyItem, FromClassifyWorker, OverviewCase } from './workers/classify.worker';

export interface EvidenceState {
  /** Newest records, available before the full list. */
  head: EvidenceRecord[];
  headLoaded: boolean;
  total: number;
  /** The full list; null while loading. */
  index: EvidenceIndex | null;
  classified: number;
  /** Per-case analysis ('*' = everything), once the worker has classified every record. */
  analysis: Record<string, OverviewCase> | null;
  version: number;
}

const HEAD = 60;
const BATCH = 1_000;
let state: EvidenceState = { head: [], headLoaded: false, total: 0, index: null, classified: 0, analysis: null, version: 0 };
const listeners = new Set<(s: EvidenceState) => void>();
/** Classification results survive reloads: sealed content never changes; the owner may. */
const maskCache = new Map<string, number>();
let started = false;
let loadSeq = 0;
let worker: Worker | null = null;

function publish(next: Partial<EvidenceState>) {
  state = { ...state, ...next, version: state.version + 1 };
  for (const l of listeners) l(state);
}

async function loadHead() {
  const db = getDb();
  // Only the newest rows, by the `at` index: the first paint must not wait for anything that grows
  // with the store (counting 100,000 keys, let alone reading them).
  const ev = visibleEvidence(db);
  const [m, c] = await Promise.all([
    ev.messages.toArray((t) => t.orderBy('at').reverse(), { limit: HEAD }),
    ev.calls.toArray((t) => t.orderBy('at').reverse(), { limit: HEAD }),
  ]);
  const head = [...m, ...c].sort((a, b) => b.at - a.at).slice(0, HEAD);
  if (!state.index) publish({ head, headLoaded: true, total: head.length });
  const [nm, nc] = await Promise.all([ev.messages.count(), ev.calls.count()]);
  if (!state.index) publish({ total: nm + nc });
}

const cacheKey = (r: EvidenceRecord) => `${r.id}|${r.owner}`;

function classifyAll(index: EvidenceIndex, seq: number) {
  const items: ClassifyItem[] = [];
  for (const r of index.records) {
    const cached = maskCache.get(cacheKey(r));
    if (cached !== undefined) index.setMask(r.id, cached);
    items.push({
      id: r.id, kind: r.kind, number: r.number, numberRaw: r.numberRaw, direction: r.direction, text: r.text, at: r.at,
      owner: r.owner, caseId: r.caseId, durationSec: r.kind === 'call' ? r.durationSec : 0,
    });
  }
  publish({ classified: index.classifiedCount() });
  if (typeof Worker === 'undefined') return;
  worker ??= new Worker(new URL('./workers/classify.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<FromClassifyWorker>) => {
    const m = e.data;
    if (m.run !== seq || seq !== loadSeq) return;
    if (m.type === 'masks') {
      m.ids.forEach((id, i) => {
        const at = index.indexOf(id);
        if (at >= 0) maskCache.set(cacheKey(index.records[at]!), m.masks[i]!);
        index.setMask(id, m.masks[i]!);
      });
      publish({ classified: index.classifiedCount() });
    } else {
      publish({ analysis: m.cases });
    }
  };
  worker.postMessage({ type: 'run', run: seq, items });
}

async function loadAll() {
  const seq = ++loadSeq;
  const db = getDb();
  const ev = visibleEvidence(db);
  const [m, c] = await Promise.all([ev.messages.toArray(), ev.calls.toArray()]);
  if (seq !== loadSeq) return;
  const index = new EvidenceIndex([...m, ...c]);
  publish({ index, total: index.size, head: index.records.slice(0, HEAD), classified: 0 });
  classifyAll(index, seq);
  // Search text is built once the list is on screen, not before.
  setTimeout(() => index.prepareSearch(), 50);
}

function start() {
  if (started) return;
  started = true;
  let first = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingBefore = 0;
  let visibleBefore = -1;
  // Watch for writes only once the first load is done, so its counting doesn't compete with it.
  // Counting both tables subscribes to every change in them, annotations included.
  void loadHead()
    .then(loadAll)
    .then(() =>
      liveQuery(async () => {
        const ev = visibleEvidence(getDb());
        const pending = (await pendingState(getDb())).counts;
        return [await ev.messages.count(), await ev.calls.count(), pending.messages + pending.calls];
      }).subscribe({
        next: ([m, c, pending]) => {
          const visible = m! + c!;
          // An import writing its (still invisible) chunks: nothing to show until it commits.
          const importWrite = pending !== pendingBefore && pending !== 0 && visible === visibleBefore;
          pendingBefore = pending!;
          visibleBefore = visible;
          if (importWrite) return;
          // The first answer only says where we are; reload if something arrived during the first load.
          if (first && (first = false, visible === state.index?.size)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void loadAll(), 300);
        },
        error: (e) => console.error('[anning] evidence watch', e),
      }),
    );
}

/** `enabled: false` defers loading (a page that first wants its own cheap queries answered). */
export function useEvidence(enabled = true): EvidenceState {
  const [s, set] = useState(state);
  useEffect(() => {
    listeners.add(set);
    set(state);
    return () => void listeners.delete(set);
  }, []);
  useEffect(() => {
    if (enabled) start();
  }, [enabled]);
  return s;
}

/** Forces a reload now (after the page itself asked the background to change something). */
export function reloadEvidence(): Promise<void> {
  return loadAll();
}
