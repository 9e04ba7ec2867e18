/**
 * The number book: what the user (or a list) knows about each number, keyed by parsePhone key.
 * Every write goes through here, inside one Dexie transaction, so a failed import or merge leaves the
 * book as it was. Precedence: what the user set by hand is never overwritten by a list; lists only
 * fill in what is empty.
 */
import { parsePhone } from '../phone';
import type { AnningDb } from '../store/db';
import type { NumberEntry, NumberSource, NumberStatus } from '../store/types';
import type { ListItem } from './lists';

/** Tags offered in the UI; users may add their own. */
export const SUGGESTED_TAGS = ['催收', '骚扰', '诈骗', '银行·持牌机构', '法院', '快递', '家人朋友', '同事', '客服'] as const;

/** Higher is more alarming: merges keep the most alarming status. */
const STATUS_RANK: Record<NumberStatus, number> = { unknown: 0, safe: 1, suspected: 2, collector: 3 };

export class NotANumberError extends Error {
  constructor(readonly raw: string) {
    super(`not a phone number: ${raw.slice(0, 80)}`);
    this.name = 'NotANumberError';
  }
}

/** The key of a written number, or an error naming it. */
export function keyOf(raw: string): { key: string; kind: NumberEntry['kind']; display: string } {
  const p = parsePhone(raw);
  if (!p) throw new NotANumberError(raw);
  return p;
}

export interface NumberFields {
  label?: string;
  lender?: string;
  caseId?: number | null;
  tags?: string[];
  status?: NumberStatus;
  notes?: string;
}

function blank(parsed: ReturnType<typeof keyOf>, source: NumberSource, now: number): NumberEntry {
  return {
    key: parsed.key,
    kind: parsed.kind,
    display: parsed.display,
    status: 'unknown',
    label: '',
    lender: '',
    tags: [],
    source,
    notes: '',
    createdAt: now,
    updatedAt: now,
  };
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))].slice(0, 50);
}

function apply(entry: NumberEntry, f: NumberFields): void {
  if (f.label !== undefined) entry.label = f.label.trim().slice(0, 200);
  if (f.lender !== undefined) entry.lender = f.lender.trim().slice(0, 200);
  if (f.caseId !== undefined) {
    if (f.caseId === null) delete entry.caseId;
    else entry.caseId = f.caseId;
  }
  if (f.tags !== undefined) entry.tags = cleanTags(f.tags);
  if (f.status !== undefined) entry.status = f.status;
  if (f.notes !== undefined) entry.notes = f.notes.slice(0, 20_000);
}

/**
 * Adds a number or edits it. A hand edit makes the entry the user's own: a list subscription will
 * no longer change or remove it.
 */
export async function saveNumber(
  db: AnningDb,
  raw: string,
  fields: NumberFields,
  opts: { now: number; source?: NumberSource },
): Promise<NumberEntry> {
  const parsed = keyOf(raw);
  return db.transaction('rw', db.numbers, async () => {
    const entry = (await db.numbers.get(parsed.key)) ?? blank(parsed, opts.source ?? 'user', opts.now);
    apply(entry, fields);
    if (entry.source === 'subscription' || entry.source === 'import') {
      entry.source = opts.source ?? 'user';
      delete entry.subscriptionId;
    }
    entry.updatedAt = opts.now;
    await db.numbers.put(entry);
    return entry;
  });
}

/** Appends a dated note (the hover card's "add note"). */
export async function addNote(db: AnningDb, raw: string, note: string, at: string, now: number): Promise<NumberEntry> {
  const text = note.trim();
  const parsed = keyOf(raw);
  return db.transaction('rw', db.numbers, async () => {
    const entry = (await db.numbers.get(parsed.key)) ?? blank(parsed, 'user', now);
    if (text) entry.notes = (entry.notes ? `${entry.notes}\n` : '') + `[${at}] ${text}`.slice(0, 5000);
    if (entry.source === 'subscription') {
      entry.source = 'user';
      delete entry.subscriptionId;
    }
    entry.updatedAt = now;
    await db.numbers.put(entry);
    return entry;
  });
}

/**
 * Merges several numbers into one collector: they keep their own keys (each still flags on pages),
 * and share one label, lender, case, the union of their tags and notes, and the most alarming status.
 * `into` names the entry whose label/lender win when both are set.
 */
export async function mergeNumbers(db: AnningDb, keys: string[], into: string, now: number): Promise<NumberEntry[]> {
  return db.transaction('rw', db.numbers, async () => {
    const found = (await db.numbers.bulkGet(keys)).filter((e): e is NumberEntry => !!e);
    if (found.length < 2) throw new Error('merge needs at least two numbers in the book');
    const target = found.find((e) => e.key === into) ?? found[0]!;
    const others = found.filter((e) => e !== target);
    const pick = (f: (e: NumberEntry) => string) => f(target) || others.map(f).find(Boolean) || '';
    const label = pick((e) => e.label);
    const lender = pick((e) => e.lender);
    const caseId = target.caseId ?? others.find((e) => e.caseId !== undefined)?.caseId;
    const tags = cleanTags(found.flatMap((e) => e.tags));
    const status = found.reduce<NumberStatus>((s, e) => (STATUS_RANK[e.status] > STATUS_RANK[s] ? e.status : s), 'unknown');
    const notes = [...new Set(found.map((e) => e.notes.trim()).filter(Boolean))].join('\n');
    for (const e of found) {
      e.label = label;
      e.lender = lender;
      if (caseId !== undefined) e.caseId = caseId;
      e.tags = tags;
      e.status = status;
      e.notes = notes.slice(0, 20_000);
      if (e.source === 'subscription' || e.source === 'import') {
        e.source = 'user';
        delete e.subscriptionId;
      }
      e.updatedAt = now;
    }
    await db.numbers.bulkPut(found);
    return found;
  });
}

/** Deletes numbers; the rows go to the trash so the delete can be undone. Returns the trash id. */
export async function deleteNumbers(db: AnningDb, keys: string[], now: number): Promise<{ deleted: number; trashId?: number }> {
  return db.transaction('rw', db.numbers, db.trash, async () => {
    const rows = (await db.numbers.bulkGet(keys)).filter((e): e is NumberEntry => !!e);
    if (!rows.length) return { deleted: 0 };
    await db.numbers.bulkDelete(rows.map((r) => r.key));
    const trashId = await db.trash.add({
      table: 'numbers',
      rows,
      deletedAt: now,
      description: rows.length === 1 ? `号码 ${rows[0]!.display}` : `${rows.length} 个号码`,
    });
    return { deleted: rows.length, trashId };
  });
}

/** Puts deleted numbers back (numbers added again since are kept as they are now). */
export async function undoDelete(db: AnningDb, trashId: number): Promise<number> {
  return db.transaction('rw', db.numbers, db.trash, async () => {
    const t = await db.trash.get(trashId);
    if (!t || t.table !== 'numbers') throw new Error('nothing to undo');
    const rows = t.rows as NumberEntry[];
    const existing = await db.numbers.bulkGet(rows.map((r) => r.key));
    const back = rows.filter((_, i) => !existing[i]);
    await db.numbers.bulkAdd(back);
    await db.trash.delete(trashId);
    return back.length;
  });
}

export interface ApplyReport {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/**
 * Imports list items in one transaction. Numbers already in the book keep what the user set:
 * a list fills an empty label/lender, adds tags, and sets the status only of entries that came
 * from lists themselves.
 */
export async function importItems(
  db: AnningDb,
  items: ListItem[],
  opts: { now: number; status: NumberStatus; source?: 'import' },
): Promise<ApplyReport> {
  const report: ApplyReport = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const byKey = dedupe(items);
  await db.transaction('rw', db.numbers, async () => {
    const keys = [...byKey.keys()];
    const existing = await db.numbers.bulkGet(keys);
    const writes: NumberEntry[] = [];
    keys.forEach((key, i) => {
      const it = byKey.get(key)!;
      const old = existing[i];
      if (!old) {
        writes.push(fromItem(it, opts.status, opts.source ?? 'import', opts.now));
        report.added++;
        return;
      }
      const next = fillFrom(old, it, old.source === 'import' ? (it.status ?? opts.status) : undefined, opts.now);
      if (next) {
        writes.push(next);
        report.updated++;
      } else report.unchanged++;
    });
    if (writes.length) await db.numbers.bulkPut(writes);
  });
  return report;
}

function dedupe(items: ListItem[]): Map<string, ListItem> {
  const byKey = new Map<string, ListItem>();
  for (const it of items) {
    const prev = byKey.get(it.key);
    if (!prev) byKey.set(it.key, it);
    else byKey.set(it.key, { ...prev, label: prev.label || it.label, lender: prev.lender || it.lender, tags: cleanTags([...prev.tags, ...it.tags]), status: prev.status ?? it.status, notes: prev.notes || it.notes });
  }
  return byKey;
}

function fromItem(it: ListItem, status: NumberStatus, source: NumberSource, now: number, subscriptionId?: number): NumberEntry {
  const e: NumberEntry = {
    key: it.key,
    kind: it.kind,
    display: it.display,
    status: it.status ?? status,
    label: it.label,
    lender: it.lender,
    tags: cleanTags(it.tags),
    source,
    notes: it.notes,
    createdAt: now,
    updatedAt: now,
  };
  if (subscriptionId !== undefined) e.subscriptionId = subscriptionId;
  return e;
}

/** Fills empty fields of `old` from a list item; null when nothing changes. */
function fillFrom(old: NumberEntry, it: ListItem, status: NumberStatus | undefined, now: number): NumberEntry | null {
  const next = { ...old };
  if (!next.label && it.label) next.label = it.label;
  if (!next.lender && it.lender) next.lender = it.lender;
  next.tags = cleanTags([...old.tags, ...it.tags]);
  if (status) next.status = status;
  if (it.notes && !old.notes.includes(it.notes)) next.notes = old.notes ? `${old.notes}\n${it.notes}` : it.notes;
  const changed =
    next.label !== old.label || next.lender !== old.lender || next.status !== old.status || next.notes !== old.notes || next.tags.join('\n') !== old.tags.join('\n');
  if (!changed) return null;
  next.updatedAt = now;
  return next;
}

/**
 * Makes the book hold exactly a subscription's current list: its own entries are added, updated or
 * removed; numbers the user or another list already has are left alone.
 */
export async function replaceSubscriptionItems(
  db: AnningDb,
  subscriptionId: number,
  items: ListItem[],
  opts: { now: number; status: NumberStatus },
): Promise<ApplyReport> {
  const report: ApplyReport = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const byKey = dedupe(items);
  await db.transaction('rw', db.numbers, async () => {
    const owned = await db.numbers.where('subscriptionId').equals(subscriptionId).toArray();
    const gone = owned.filter((e) => e.source === 'subscription' && !byKey.has(e.key)).map((e) => e.key);
    const keys = [...byKey.keys()];
    const existing = await db.numbers.bulkGet(keys);
    const writes: NumberEntry[] = [];
    keys.forEach((key, i) => {
      const it = byKey.get(key)!;
      const old = existing[i];
      if (!old) {
        writes.push(fromItem(it, opts.status, 'subscription', opts.now, subscriptionId));
        report.added++;
      } else if (old.source === 'subscription' && old.subscriptionId === subscriptionId) {
        const fresh = fromItem(it, opts.status, 'subscription', old.createdAt, subscriptionId);
        fresh.updatedAt = opts.now;
        const same =
          fresh.label === old.label && fresh.lender === old.lender && fresh.status === old.status && fresh.notes === old.notes && fresh.tags.join('\n') === old.tags.join('\n');
        if (same) report.unchanged++;
        else {
          writes.push(fresh);
          report.updated++;
        }
      } else report.unchanged++;
    });
    if (gone.length) await db.numbers.bulkDelete(gone);
    report.removed = gone.length;
    if (writes.length) await db.numbers.bulkPut(writes);
  });
  return report;
}

/** Removes the entries a subscription brought in (entries the user has edited since stay). */
export async function removeSubscriptionItems(db: AnningDb, subscriptionId: number): Promise<number> {
  return db.transaction('rw', db.numbers, async () => {
    const owned = await db.numbers.where('subscriptionId').equals(subscriptionId).toArray();
    const keys = owned.filter((e) => e.source === 'subscription').map((e) => e.key);
    await db.numbers.bulkDelete(keys);
    return keys.length;
  });
}
