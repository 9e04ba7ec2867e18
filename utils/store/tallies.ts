/**
 * How many rows `messages` and `calls` hold, kept up to date in the `tallies` table inside every
 * transaction that writes them — so a count is one key read instead of an IndexedDB `count()`, which
 * walks every row (≈110–300 ms for 100,000 messages in Chromium, more on a busy machine) and would
 * hold up the overview's first paint.
 *
 * Done as a Dexie DBCore middleware (the layer every Dexie write passes through: add, put, delete,
 * clear, modify, bulk…), so no writer can forget it. A tally that is missing — a store from before
 * tallies, or written behind Dexie's back — is recounted once, in a transaction that also locks the
 * counted table, and kept from then on.
 *
 * A tally counts every row, including rows of an import not yet committed: store/visible.ts subtracts
 * those, as it did from `count()`.
 */
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
  type Table,
} from 'dexie';

export const TALLIED_TABLES = ['messages', 'calls'] as const;
export type TalliedTable = (typeof TALLIED_TABLES)[number];
const TALLIED = new Set<string>(TALLIED_TABLES);

/** A row of the `tallies` table. */
export interface TallyEntry {
  table: TalliedTable;
  count: number;
}

const TALLIES = 'tallies';

/**
 * Tally updates of one transaction run one after the other: each reads the current value and writes
 * it back changed, and two interleaved read-then-writes would lose one of the changes.
 */
const chains = new WeakMap<DBCoreTransaction, Promise<void>>();

function bump(down: DBCore, trans: DBCoreTransaction, table: string, delta: number): Promise<void> {
  if (!delta) return Promise.resolve();
  const tallies = down.table(TALLIES);
  const next = (chains.get(trans) ?? Promise.resolve()).then(async () => {
    const row = (await tallies.get({ trans, key: table })) as TallyEntry | undefined;
    // No tally yet: leave it missing; the first reader counts the table, this write included.
    if (!row) return;
    await tallies.mutate({ type: 'put', trans, values: [{ table, count: row.count + delta }] });
  });
  chains.set(trans, next);
  return next;
}

function distinct(keys: unknown[], failures: DBCoreMutateResponse['failures'] = {}): unknown[] {
  // Keys are strings here (record ids); `failures` is indexed by the request's operation number.
  const seen = new Set<unknown>();
  keys.forEach((k, i) => {
    if (!failures[i]) seen.add(k);
  });
  return [...seen];
}

function talliedTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  const keysOf = (req: DBCoreMutateRequest): unknown[] => {
    if (req.type === 'add' || req.type === 'put') return req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v));
    if (req.type === 'delete') return req.keys;
    return [];
  };
  const existing = async (trans: DBCoreTransaction, keys: unknown[]) => {
    const rows = await table.getMany({ trans, keys });
    return new Set(keys.filter((_, i) => rows[i] !== undefined));
  };
  return {
    ...table,
    async mutate(req) {
      const { trans } = req;
      switch (req.type) {
        case 'add': {
          // An add either creates its row or fails; nothing to look up first.
          const res = await table.mutate(req);
          await bump(down, trans, table.name, distinct(keysOf(req), res.failures).length);
          return res;
        }
        case 'put': {
          // modify()/update() only change rows that exist (unless asked to upsert).
          if ((req.changeSpec || req.updates) && !req.upsert) return table.mutate(req);
          const keys = keysOf(req);
          const had = await existing(trans, keys);
          const res = await table.mutate(req);
          await bump(down, trans, table.name, distinct(keys, res.failures).filter((k) => !had.has(k)).length);
          return res;
        }
        case 'delete': {
          const had = await existing(trans, req.keys);
          const res = await table.mutate(req);
          await bump(down, trans, table.name, -distinct(req.keys, res.failures).filter((k) => had.has(k)).length);
          return res;
        }
        case 'deleteRange': {
          const n = await table.count({ trans, query: { index: table.schema.primaryKey, range: req.range } });
          const res = await table.mutate(req);
          await bump(down, trans, table.name, -n);
          return res;
        }
        default:
          return table.mutate(req);
      }
    },
  };
}

export const talliesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'AnningTallies',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every transaction that may write a tallied table also gets the tallies, so the count changes
        // in the same transaction as the rows: both commit, or neither.
        const widen = mode === 'readwrite' && stores.some((s) => TALLIED.has(s)) && !stores.includes(TALLIES);
        return down.transaction(widen ? [...stores, TALLIES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return TALLIED.has(name) ? talliedTable(down, table) : table;
      },
    };
  },
};

interface TallyDb extends Dexie {
  tallies: Table<TallyEntry, string>;
}

/**
 * Rows in `table` (pending import rows included): one key read. Inside a caller's transaction that
 * leaves out `tallies` it counts instead. A missing tally is counted too, and then recounted and kept
 * in a transaction of its own, once the caller's is over.
 */
export async function countRows(db: Dexie, table: TalliedTable): Promise<number> {
  const tx = Dexie.currentTransaction;
  if (tx && !tx.storeNames.includes(TALLIES)) return db.table(table).count();
  const row = await (db as TallyDb).tallies.get(table);
  if (row) return row.count;
  const count = await db.table(table).count();
  setTimeout(() => void ensureTally(db, table).catch(() => {}), 0);
  return count;
}

/** The tally of `table`, counting the table first (and keeping the result) if there is none. */
export function ensureTally(db: Dexie, table: TalliedTable): Promise<number> {
  const tallies = (db as TallyDb).tallies;
  // Locks the counted table too, so no write can slip between the count and the tally.
  return db.transaction('rw', [db.table(table), tallies], async () => {
    const row = await tallies.get(table);
    if (row) return row.count;
    const count = await db.table(table).count();
    await tallies.put({ table, count });
    return count;
  });
}

/** For a schema upgrade or a new database: tallies of what the tables hold now. */
export async function writeTallies(tx: { table: (name: string) => Table }): Promise<void> {
  for (const table of TALLIED_TABLES) await tx.table(TALLIES).put({ table, count: await tx.table(table).count() });
}

/**
 * For code that writes `messages`/`calls` with IndexedDB itself (bypassing Dexie, hence this
 * middleware): moves the tally by `delta` inside that same transaction, which must include `tallies`.
 * Requests of a transaction run in order, so this reads the tally after the writes issued before it.
 */
export function bumpTallyRaw(tx: IDBTransaction, table: TalliedTable, delta: number): void {
  if (!delta) return;
  const tallies = tx.objectStore(TALLIES);
  const get = tallies.get(table);
  get.onsuccess = () => {
    const row = get.result as TallyEntry | undefined;
    if (row) tallies.put({ table, count: row.count + delta });
  };
}
