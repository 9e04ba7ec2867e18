/**
 * The one way to read evidence (`messages`, `calls`): rows an import wrote but has not committed yet
 * are left out (store/pending.ts), so an import is seen whole or not at all. A test
 * (tests/unit/store.visible.test.ts) fails if any other module reads those tables directly.
 *
 * Each call reads the table and the pending lists in one read-only transaction, so a chunk written
 * meanwhile can never slip in. With no import pending (the usual case) this costs one extra count
 * and the queries run exactly as written.
 */
import { Dexie, type Collection, type Table } from 'dexie';
import type { CallRecord, MessageRecord } from '../evidence/types';
import type { AnningDb } from './db';
import { pendingCounts, pendingState, type EvidenceTableName } from './pending';

/** Picks the rows to read (`where`, `orderBy`, `filter`, `reverse` …). Limits go in the options. */
export type Query<T> = (table: Table<T, string>) => Collection<T, string>;

export interface VisibleTable<T> {
  count(): Promise<number>;
  /** Rows matching `query` (all rows without one); `limit` counts visible rows only. */
  toArray(query?: Query<T>, opts?: { limit?: number }): Promise<T[]>;
  each(fn: (row: T) => void, query?: Query<T>): Promise<void>;
  primaryKeys(query?: Query<T>): Promise<string[]>;
  countWhere(query: Query<T>): Promise<number>;
  get(id: string): Promise<T | undefined>;
  bulkGet(ids: string[]): Promise<Array<T | undefined>>;
}

export interface VisibleEvidence {
  messages: VisibleTable<MessageRecord>;
  calls: VisibleTable<CallRecord>;
}

function inReadTransaction<R>(db: AnningDb, fn: () => Promise<R>): Promise<R> {
  // Inside a caller's transaction (which must include the pending tables) reads are consistent already.
  if (Dexie.currentTransaction) return fn();
  return db.transaction('r', [db.messages, db.calls, db.pendingImports, db.pendingChunks], fn);
}

function visibleTable<T extends { id: string }>(db: AnningDb, name: EvidenceTableName): VisibleTable<T> {
  const table = () => db.table<T, string>(name);
  const select = (query?: Query<T>) => (query ? query(table()) : table().toCollection());
  /** The query with hidden rows filtered out, or null when nothing is pending. */
  const hiddenIds = async () => {
    const state = await pendingState(db);
    return state.sessions ? state.hidden[name] : null;
  };
  return {
    count: () =>
      inReadTransaction(db, async () => {
        const [all, pending] = [await table().count(), await pendingCounts(db)];
        return all - pending[name];
      }),
    toArray: (query, opts = {}) =>
      inReadTransaction(db, async () => {
        const hidden = await hiddenIds();
        let c = select(query);
        // The filter goes before the limit, so the limit counts only rows a reader may see.
        if (hidden?.size) c = c.filter((r) => !hidden.has(r.id));
        if (opts.limit !== undefined) c = c.limit(opts.limit);
        return c.toArray();
      }),
    each: (fn, query) =>
      inReadTransaction(db, async () => {
        const hidden = await hiddenIds();
        await select(query).each((r) => {
          if (!hidden?.has(r.id)) fn(r);
        });
      }),
    primaryKeys: (query) =>
      inReadTransaction(db, async () => {
        const hidden = await hiddenIds();
        const keys = (await select(query).primaryKeys()) as string[];
        return hidden?.size ? keys.filter((k) => !hidden.has(k)) : keys;
      }),
    countWhere: (query) =>
      inReadTransaction(db, async () => {
        const hidden = await hiddenIds();
        if (!hidden?.size) return select(query).count();
        return ((await select(query).primaryKeys()) as string[]).filter((k) => !hidden.has(k)).length;
      }),
    get: (id) =>
      inReadTransaction(db, async () => {
        const hidden = await hiddenIds();
        return hidden?.has(id) ? undefined : table().get(id);
      }),
    bulkGet: (ids) =>
      inReadTransaction(db, async () => {
        const hidden = await hiddenIds();
        const rows = await table().bulkGet(ids);
        return hidden?.size ? rows.map((r) => (r && hidden.has(r.id) ? undefined : r)) : rows;
      }),
  };
}

/** Evidence as every reader must see it. */
export function visibleEvidence(db: AnningDb): VisibleEvidence {
  return { messages: visibleTable<MessageRecord>(db, 'messages'), calls: visibleTable<CallRecord>(db, 'calls') };
}
