/**
 * Reading and writing what complaints need: a case's evidence, the user's own details (settings, this
 * computer only), saved drafts, and the tracking entries. Plain functions over the Dexie database so
 * the background handlers and the tests share them.
 */
import type { CallRecord, MessageRecord } from '../evidence/types';
import type { AnningDb } from '../store/db';
import type { CaseEntry, ComplaintEntry, DraftEntry } from '../store/types';
import { answerDueAt, channelById } from './channels';
import { buildDraft, draftLimits, mergeDraft, type DraftFields, type DraftKind, type ReporterDetails } from './drafts';
import { summarizeCase, type CaseFacts } from './facts';
import { visibleEvidence } from '../store/visible';

export const REPORTER_KEY = 'complaints.reporter';
export const INTENT_KEY = 'complaints.intent';

export interface CaseEvidence {
  caseEntry: CaseEntry;
  messages: MessageRecord[];
  calls: CallRecord[];
}

/** The case and its records: assigned to it directly, or sent from a number the number book gives to it. */
export async function loadCaseEvidence(db: AnningDb, caseId: number): Promise<CaseEvidence> {
  const caseEntry = await db.cases.get(caseId);
  if (!caseEntry) throw new Error(`no case ${caseId}`);
  const keys = (await db.numbers.where('caseId').equals(caseId).primaryKeys()) as string[];
  const ev = visibleEvidence(db);
  const [m1, c1, m2, c2] = await Promise.all([
    ev.messages.toArray((t) => t.where('caseId').equals(caseId)),
    ev.calls.toArray((t) => t.where('caseId').equals(caseId)),
    keys.length ? ev.messages.toArray((t) => t.where('number').anyOf(keys)) : Promise.resolve([]),
    keys.length ? ev.calls.toArray((t) => t.where('number').anyOf(keys)) : Promise.resolve([]),
  ]);
  // A record another case claims explicitly stays with that case.
  const uniq = <T extends { id: string; at: number; caseId?: number }>(a: T[], b: T[]) => {
    const map = new Map(a.map((r) => [r.id, r]));
    for (const r of b) if (!map.has(r.id) && (r.caseId === undefined || r.caseId === caseId)) map.set(r.id, r);
    return [...map.values()].sort((x, y) => x.at - y.at);
  };
  return { caseEntry, messages: uniq(m1, m2), calls: uniq(c1, c2) };
}

export async function caseFacts(db: AnningDb, caseId: number): Promise<{ evidence: CaseEvidence; facts: CaseFacts }> {
  const evidence = await loadCaseEvidence(db, caseId);
  return { evidence, facts: summarizeCase(evidence.messages, evidence.calls) };
}

export async function getReporter(db: AnningDb): Promise<ReporterDetails> {
  const row = await db.settings.get(REPORTER_KEY);
  return (row?.value as ReporterDetails | undefined) ?? {};
}

export async function savedDraft(db: AnningDb, caseId: number, kind: string): Promise<DraftEntry | undefined> {
  return db.drafts.where('caseId').equals(caseId).filter((d) => d.channel === kind).first();
}

export interface DraftView {
  kind: DraftKind;
  fields: DraftFields;
  /** Fields as built from the evidence now (to show what the user changed, and to reset). */
  built: DraftFields;
  saved: boolean;
  limits: ReturnType<typeof draftLimits>;
  facts: CaseFacts;
}

export async function draftFor(db: AnningDb, caseId: number, kind: DraftKind, now: number): Promise<DraftView> {
  const { evidence, facts } = await caseFacts(db, caseId);
  const reporter = await getReporter(db);
  const history = await db.complaints.where('caseId').equals(caseId).toArray();
  const built = buildDraft(kind, { caseEntry: evidence.caseEntry, facts, reporter, now, history });
  const saved = await savedDraft(db, caseId, kind);
  return { kind, fields: mergeDraft(built, saved?.fields), built, saved: !!saved, limits: draftLimits(kind), facts };
}

export async function saveDraft(db: AnningDb, caseId: number, kind: string, fields: Record<string, string>, now: number): Promise<number> {
  return db.transaction('rw', db.drafts, async () => {
    const cur = await savedDraft(db, caseId, kind);
    if (cur?.id !== undefined) {
      await db.drafts.update(cur.id, { fields, updatedAt: now });
      return cur.id;
    }
    return (await db.drafts.add({ caseId, channel: kind, fields, createdAt: now, updatedAt: now })) as number;
  });
}

/**
 * Records a complaint: a `draft` entry when the panel filled a form (so the confirmation page can pick
 * it up), `submitted` once the user has the complaint number. The due date follows the channel.
 */
export async function recordComplaint(
  db: AnningDb,
  p: { id?: number; caseId: number; channel: string; reference?: string; status: ComplaintEntry['status']; submittedAt?: number; notes?: string },
  now: number,
): Promise<ComplaintEntry> {
  return db.transaction('rw', db.complaints, async () => {
    const cur = p.id !== undefined ? await db.complaints.get(p.id) : undefined;
    const channel = channelById(p.channel);
    const submittedAt = p.status === 'draft' ? undefined : (p.submittedAt ?? cur?.submittedAt ?? now);
    const entry: ComplaintEntry = {
      ...(cur ?? { caseId: p.caseId, channel: p.channel, reply: '', notes: '', createdAt: now, reference: '' }),
      caseId: p.caseId,
      channel: p.channel,
      status: p.status,
      reference: p.reference ?? cur?.reference ?? '',
      submittedAt,
      dueAt: submittedAt !== undefined && channel ? answerDueAt(channel, submittedAt) : undefined,
      notes: p.notes ?? cur?.notes ?? '',
      updatedAt: now,
    };
    const id = (await db.complaints.put(entry)) as number;
    return { ...entry, id };
  });
}

/** The latest filled-but-not-recorded complaint on a channel (what a confirmation page belongs to). */
export async function pendingComplaint(db: AnningDb, channel: string): Promise<ComplaintEntry | undefined> {
  const rows = await db.complaints.where('channel').equals(channel).filter((c) => c.status === 'draft').toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}
