/**
 * What the evidence says about a number: contact counts, first/last contact, violations found — and
 * which numbers the evidence suggests are collectors (messages classified as collection). A number's
 * kind alone (a virtual-operator segment, a 106 port) never makes it a suggestion.
 */
import { classifyMessage, VIOLATIONS, type Violation } from '../classify';
import type { MessageRecord } from '../evidence/types';
import type { AnningDb } from '../store/db';
import { visibleEvidence } from '../store/visible';

export interface NumberStats {
  key: string;
  messages: number;
  calls: number;
  firstAt?: number;
  lastAt?: number;
  /** Violations found in this number's incoming messages, most frequent first. */
  violations: Array<{ violation: Violation; count: number }>;
  /** Incoming messages classified as collection. */
  collection: number;
}

// Classifying is the costly part; a card needs only a reasonable sample of a number's messages.
const MAX_CLASSIFIED = 2_000;

function summarize(key: string, messages: MessageRecord[], calls: { at: number }[]): NumberStats {
  const counts = new Map<Violation, number>();
  let collection = 0;
  let firstAt: number | undefined;
  let lastAt: number | undefined;
  for (const r of [...messages, ...calls]) {
    if (firstAt === undefined || r.at < firstAt) firstAt = r.at;
    if (lastAt === undefined || r.at > lastAt) lastAt = r.at;
  }
  const incoming = messages.filter((m) => m.direction === 'in').sort((a, b) => b.at - a.at).slice(0, MAX_CLASSIFIED);
  for (const m of incoming) {
    const c = classifyMessage({ text: m.text, from: m.numberRaw, at: m.at });
    if (!c.collection) continue;
    collection++;
    for (const v of c.violations) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const violations = [...counts]
    .map(([violation, count]) => ({ violation, count }))
    .sort((a, b) => b.count - a.count || VIOLATIONS.indexOf(a.violation) - VIOLATIONS.indexOf(b.violation));
  return { key, messages: messages.length, calls: calls.length, firstAt, lastAt, violations, collection };
}

export async function numberStats(db: AnningDb, key: string): Promise<NumberStats> {
  const [messages, calls] = await Promise.all([
    visibleEvidence(db).messages.toArray((t) => t.where('number').equals(key)),
    visibleEvidence(db).calls.toArray((t) => t.where('number').equals(key)),
  ]);
  return summarize(key, messages, calls);
}

/** Counts and first/last contact for many numbers at once (the book's table), without classifying. */
export async function contactCounts(db: AnningDb): Promise<Map<string, { messages: number; calls: number; firstAt: number; lastAt: number }>> {
  const out = new Map<string, { messages: number; calls: number; firstAt: number; lastAt: number }>();
  const add = (number: string, at: number, kind: 'messages' | 'calls') => {
    const s = out.get(number) ?? { messages: 0, calls: 0, firstAt: at, lastAt: at };
    s[kind]++;
    if (at < s.firstAt) s.firstAt = at;
    if (at > s.lastAt) s.lastAt = at;
    out.set(number, s);
  };
  const ev = visibleEvidence(db);
  await ev.messages.each((m) => add(m.number, m.at, 'messages'));
  await ev.calls.each((c) => add(c.number, c.at, 'calls'));
  return out;
}

export interface Suggestion extends NumberStats {
  /** One collection message, for the user to judge by. */
  example: string;
}

/**
 * Numbers not yet in the book that sent messages classified as collection, most collection
 * messages first. The user confirms or dismisses each; nothing is flagged until they do.
 */
export async function suggestCollectors(db: AnningDb, limit = 200): Promise<Suggestion[]> {
  const byNumber = new Map<string, MessageRecord[]>();
  const ev = visibleEvidence(db);
  await ev.messages.each((m) => {
    if (m.direction !== 'in') return;
    const list = byNumber.get(m.number);
    if (list) list.push(m);
    else byNumber.set(m.number, [m]);
  });
  const known = new Set(await db.numbers.toCollection().primaryKeys());
  const out: Suggestion[] = [];
  for (const [key, messages] of byNumber) {
    if (known.has(key)) continue;
    let example = '';
    for (const m of messages) {
      if (classifyMessage({ text: m.text, from: m.numberRaw, at: m.at }).collection) {
        example = m.text;
        break;
      }
    }
    if (!example) continue;
    const calls = await ev.calls.toArray((t) => t.where('number').equals(key));
    out.push({ ...summarize(key, messages, calls), example: example.slice(0, 300) });
  }
  out.sort((a, b) => b.collection - a.collection || (b.lastAt ?? 0) - (a.lastAt ?? 0));
  return out.slice(0, limit);
}
