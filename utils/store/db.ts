/**
 * The evidence store: one IndexedDB database through Dexie. Schema versions are listed here and in
 * docs/ARCHITECTURE.md §Schema; a new version adds a `this.version(n)` block and never edits an old one.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CallRecord, MessageRecord } from '../evidence/types';
import { talliesMiddleware, type TallyEntry, writeTallies } from './tallies';
import type {
  AttachmentEntry,
  CaseEntry,
  ComplaintEntry,
  DraftEntry,
  ImportLogEntry,
  NumberEntry,
  SettingEntry,
  PendingChunkEntry,
  PendingImportEntry,
  SubscriptionEntry,
  TrashEntry,
} from './types';

export const DB_NAME = 'anning';

export class AnningDb extends Dexie {
  messages!: Table<MessageRecord, string>;
  calls!: Table<CallRecord, string>;
  numbers!: Table<NumberEntry, string>;
  cases!: EntityTable<CaseEntry, 'id'>;
  complaints!: EntityTable<ComplaintEntry, 'id'>;
  drafts!: EntityTable<DraftEntry, 'id'>;
  attachments!: Table<AttachmentEntry, string>;
  settings!: Table<SettingEntry, string>;
  subscriptions!: EntityTable<SubscriptionEntry, 'id'>;
  trash!: EntityTable<TrashEntry, 'id'>;
  imports!: EntityTable<ImportLogEntry, 'id'>;
  pendingImports!: EntityTable<PendingImportEntry, 'id'>;
  pendingChunks!: EntityTable<PendingChunkEntry, 'id'>;
  tallies!: Table<TallyEntry, string>;

  constructor(name = DB_NAME) {
    // No query cache: imports write their pending chunks with IndexedDB directly (utils/import/
    // session.ts), which Dexie's cache would not see; live queries re-read when told of a change.
    super(name, { cache: 'disabled' });
    // Version 1. Primary key first; only fields that are queried are indexed.
    this.version(1).stores({
      messages: 'id, number, at, caseId, source, capturedAt, [number+at]',
      calls: 'id, number, at, caseId, source, capturedAt, [number+at]',
      numbers: 'key, status, caseId, source, subscriptionId, *tags, updatedAt',
      cases: '++id, name',
      complaints: '++id, caseId, channel, status, dueAt',
      drafts: '++id, caseId, channel, updatedAt',
      attachments: 'id, recordId, caseId, capturedAt',
      settings: 'key',
      subscriptions: '++id, &url',
      trash: '++id, deletedAt',
      imports: '++id, at',
    });
    // Version 2. Imports write each chunk into `messages`/`calls` as it arrives; until the import is
    // committed its rows are listed in `pendingChunks` and hidden from every reader (store/visible.ts).
    // Dropped: the `source` and `[number+at]` indexes, which no query used — each index is another
    // IndexedDB write per record. Existing rows are kept as they are; Dexie only drops the indexes.
    this.version(2).stores({
      messages: 'id, number, at, caseId, capturedAt',
      calls: 'id, number, at, caseId, capturedAt',
      pendingImports: '++id',
      pendingChunks: '++id, session',
    });
    // Version 3. Row counts of `messages` and `calls`, kept by store/tallies.ts in the same transaction
    // as every write, so counting 100,000 records is one key read (the overview paints them first).
    this.version(3)
      .stores({ tallies: 'table' })
      .upgrade((tx) => writeTallies(tx));
    this.on('populate', (tx) => writeTallies(tx));
    this.use(talliesMiddleware);
  }
}

let shared: AnningDb | undefined;

/** The one database of this extension context. */
export function getDb(): AnningDb {
  shared ??= new AnningDb();
  return shared;
}
