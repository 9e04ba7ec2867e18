/**
 * The one way to read evidence (`messages`, `calls`): rows an import wrote but has not committed yet
 * are left out (store/pending.ts), so an import is seen whole or not at all. A test
 * (tests/unit/store.visible.test.ts) fails if any other module reads those tables directly.
 *
 * Each call reads the table and `pendingImports` (a few small rows) in one read-only transaction, so
 * a chunk written meanwhile can never slip in; pending rows are recognised by their `importSession`
 * tag. With no import pending (the usual case) the queries run exactly as written.
 */
import { Dexie, type Collection, type Table } from 'dexie';
import type { CallRecord, MessageRecord } from '../evidence/types';
import type { AnningDb } from './db';
import { countRows } from './tallies';
import { isPending, pendingState, type EvidenceTableName } from './pending';

/** Picks the rows to read (`where`, `orderBy`, `filter`, `reverse` …). Limits go in the options. */
export type Query<T> = (table: Table<T, string>) => Collection<T, string>;

export interface VisibleTable<T> {
  count(): Promise<number>;
  /** Rows matching `query` (all rows without one); `limit` counts visible rows only. */
  toArray(query?: Query<T>, opts?: { limit?: number }): Promise<T[]>;
  each(fn: (row: T) => void, query?: Query<T>): Promise<void>;
  primaryKeys(query?: Query<T>): Promise<string[]>;
  countWhere(query: Query<T>): Promise<number>;
  /** Rows captured after `after` (UTC ms), counted on the `capturedAt` index alone. */
  countCapturedAfter(after: number): Promise<number>;
  get(id: string): Promise<T | undefined>;
  bulkGet(ids: string[]): Promise<Array<T | undefined>>;
}

export interface VisibleEvidence {
  messages: VisibleTable<MessageRecord>;
  calls: VisibleTable<CallRecord>;
}

function inReadTransaction<R>(db: AnningDb, fn: () => Promise<R>): Promise<R> {
  // Inside a caller's transaction (which must include `pendingImports`) reads are consistent already.
  if (Dexie.currentTransaction) return fn();
  return db.transaction('r', [db.messages, db.calls, db.pendingImports, db.tallies], fn);
}

function visibleTable<T extends MessageRecord | CallRecord>(db: AnningDb, name: EvidenceTableName): VisibleTable<T> {
  const table = () => db.table<T, string>(name);
  const select = (query?: Query<T>) => (query ? query(table()) : table().toCollection());
  const read = <R>(fn: (state: Awaited<ReturnType<typeof pendingState>>) => Promise<R>) =>
    inReadTransaction(db, async () => fn(await pendingState(db)));
  const visibleRows = async (query: Query<T> | undefined, limit: number | undefined, state: Awaited<ReturnType<typeof pendingState>>) => {
    let c = select(query);
    if (!state.sessions.size) return (limit === undefined ? c : c.limit(limit)).toArray();
    // At most `counts` rows can be hidden: read that many more, filter, cut. Plain reads keep
    // IndexedDB's fast getAll path (a JavaScript filter on the collection would walk a cursor).
    if (limit !== undefined) c = c.limit(limit + state.counts[name]);
    const rows = (await c.toArray()).filter((r) => !isPending(r, state));
    return limit === undefined ? rows : rows.slice(0, limit);
  };
  return {
    count: () =>
      read(async (state) => (await countRows(db, name)) - state.counts[name]),
    toArray: (query, opts = {}) => read((state) => visibleRows(query, opts.limit, state)),
    each: (fn, query) =>
      read(async (state) => {
        await select(query).each((r) => {
          if (!isPending(r, state)) fn(r);
        });
      }),
    primaryKeys: (query) =>
      read(async (state) => {
        if (!state.sessions.size) return (await select(query).primaryKeys()) as string[];
        return (await visibleRows(query, undefined, state)).map((r) => r.id);
      }),
    countWhere: (query) =>
      read(async (state) => (state.sessions.size ? (await visibleRows(query, undefined, state)).length : select(query).count())),
    countCapturedAfter: (after) =>
      read(async (state) => {
        // A pending session's rows all carry its start as `capturedAt` (utils/import/session.ts).
        let hidden = 0;
        for (const s of state.entries) if (s.startedAt > after) hidden += s[name];
        return (await table().where('capturedAt').above(after).count()) - hidden;
      }),
    get: (id) => read(async (state) => {
      const r = await table().get(id);
      return r && !isPending(r, state) ? r : undefined;
    }),
    bulkGet: (ids) => read(async (state) => (await table().bulkGet(ids)).map((r) => (r && !isPending(r, state) ? r : undefined))),
  };
}

/** Evidence as every reader must see it. */
export function visibleEvidence(db: AnningDb): VisibleEvidence {
  return { messages: visibleTable<MessageRecord>(db, 'messages'), calls: visibleTable<CallRecord>(db, 'calls') };
}
