import type { PhoneKind } from '../phone';

/** What the user (or a list) says a number is. Drives the flag colour. */
export type NumberStatus = 'collector' | 'suspected' | 'safe' | 'unknown';
/** Where a number-book entry came from. */
export type NumberSource = 'user' | 'import' | 'subscription' | 'inferred';

export interface NumberEntry {
  /** parsePhone key: the only thing numbers are matched by. */
  key: string;
  kind: PhoneKind | 'other';
  display: string;
  status: NumberStatus;
  label: string;
  /** Lender / platform name as the user or list wrote it. */
  lender: string;
  caseId?: number;
  tags: string[];
  source: NumberSource;
  subscriptionId?: number;
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export type LenderKind = 'bank' | 'consumer_finance' | 'microloan' | 'unlicensed' | 'unknown';

/** A lender or platform the user is being collected for: evidence and complaints hang off it. */
export interface CaseEntry {
  id?: number;
  name: string;
  kind: LenderKind;
  /** The lender's own customer-service number, if known. */
  serviceNumber: string;
  /** Loan facts as the user states them (free text where unknown). */
  loan: {
    platform?: string;
    amount?: number;
    borrowedOn?: string;
    dueOn?: string;
    overdueAmount?: number;
    description?: string;
  };
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export interface ComplaintEntry {
  id?: number;
  caseId: number;
  /** Channel id (see utils/complaints). */
  channel: string;
  status: 'draft' | 'submitted' | 'answered' | 'settled' | 'closed';
  /** The portal's complaint number, once submitted. */
  reference: string;
  submittedAt?: number;
  dueAt?: number;
  reply: string;
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export interface DraftEntry {
  id?: number;
  caseId: number;
  channel: string;
  /** Field name → text, as the user last edited it. */
  fields: Record<string, string>;
  createdAt: number;
  updatedAt: number;
}

/** A file kept as evidence (screenshot, recording, photo). Its id is the SHA-256 of its bytes. */
export interface AttachmentEntry {
  id: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  /** The record it belongs to, if any. */
  recordId?: string;
  caseId?: number;
  capturedAt: number;
  sourceUrl: string;
}

export interface SubscriptionEntry {
  id?: number;
  url: string;
  title: string;
  etag: string;
  lastModified: string;
  lastCheckedAt?: number;
  lastUpdatedAt?: number;
  lastError: string;
  count: number;
  enabled: boolean;
  createdAt: number;
}

export interface SettingEntry {
  key: string;
  value: unknown;
}

/** Deleted rows kept for a while so a delete can be undone (issue #7). */
export interface TrashEntry {
  id?: number;
  table: string;
  rows: unknown[];
  deletedAt: number;
  description: string;
}

/** What an import did, kept so the user can see it later. */
export interface ImportLogEntry {
  id?: number;
  at: number;
  source: string;
  fileName: string;
  added: number;
  duplicates: number;
  rejected: number;
  messages: string[];
}

/**
 * An import session whose records are being written (schema v2). Its rows are in `messages`/`calls`
 * but invisible until the session is committed (this row deleted in the same transaction as the
 * `imports` report is written) or rolled back (its rows deleted first, then this row).
 */
export interface PendingImportEntry {
  id?: number;
  startedAt: number;
  source: string;
  /** `open` while chunks may arrive; `aborting` once its rows are being deleted (nothing more is written). */
  state: 'open' | 'aborting';
  /** Rows of this session in each table now: visible counts are the table's count minus these. */
  messages: number;
  calls: number;
}

/** The ids one chunk of a pending import wrote, so they can be hidden and, on abort, deleted. */
export interface PendingChunkEntry {
  id?: number;
  session: number;
  messages: string[];
  calls: string[];
}
