// Held-out sets written for generalisation checks (tests/unit/data/classify-holdout-*.jsonl), each
// written from the category definitions (issue #5, FACTS.md) before it was scored. Their first-pass
// figures are in docs/CLASSIFY.md; after scoring, the rules were widened by category (not per
// message), so these sets now guard the widened rules. They assert F1 per label, not per-message
// equality: a change that trades one message for another of the same label is allowed, a change
// that loses a kind of wording is not.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyMessage, VIOLATIONS } from '../../utils/classify';
import { f1, loadLabeled } from './classifyScoring';


const load = (name: string) => loadLabeled(new URL(`./data/${name}`, import.meta.url));


// Every set has been widened on after its first scoring, so each holds a margin above the issue's
// targets (0.95 / 0.85); the first-pass figures, the honest estimate, are in docs/CLASSIFY.md.
const SETS: Array<{ file: string; minSize: number; collection: number; violation: number; minPerViolation?: number }> = [
  { file: 'classify-holdout-2.jsonl', minSize: 250, collection: 0.97, violation: 0.95 },
  { file: 'classify-holdout-3.jsonl', minSize: 120, collection: 0.97, violation: 0.95 },
  { file: 'classify-holdout-4.jsonl', minSize: 100, collection: 0.97, violation: 0.92 },
  { file: 'classify-holdout-5.jsonl', minSize: 90, collection: 0.97, violation: 0.92 },
  { file: 'classify-holdout-6.jsonl', minSize: 60, collection: 0.97, violation: 0.92 },
  { file: 'classify-holdout-7.jsonl', minSize: 50, collection: 0.97, violation: 0.92 },
  { file: 'classify-holdout-8.jsonl', minSize: 60, collection: 0.97, violation: 0.88 },
  // Sets 9 and 10 are small (50 each); set 9 has 4 third-party messages, set 10 4 at odd hours.
  { file: 'classify-holdout-9.jsonl', minSize: 45, collection: 0.97, violation: 0.88, minPerViolation: 4 },
  { file: 'classify-holdout-10.jsonl', minSize: 45, collection: 0.97, violation: 0.88, minPerViolation: 4 },
  // Set 11 (40) has 2 messages at odd hours; 0.8 because a surveillance question with no threatening
  // word (你开的那辆车停在B2区对吧？) is still missed, and since O/P joined the training the model also
  // reads a photo of the borrower's old home (…老家门口…拍了照片，要不要发给你看看？) as exposure: one
  // message is .05 of this set's contact_list F1.
  { file: 'classify-holdout-11.jsonl', minSize: 40, collection: 0.97, violation: 0.8, minPerViolation: 2 },
  // Set 12 (40): 2 at odd hours; a threat with no threatening word (中考…家里可别出什么乱子) is missed.
  { file: 'classify-holdout-12.jsonl', minSize: 40, collection: 0.97, violation: 0.85, minPerViolation: 2 },
];

describe.each(SETS)('held-out $file', ({ file, minSize, collection, violation, minPerViolation = 5 }) => {
  const rows = load(file);
  const results = rows.map((r) => ({ r, got: classifyMessage({ text: r.text, from: r.from, at: r.at }) }));

  it('is a real sample: enough messages, both classes, every violation', () => {
    expect(rows.length).toBeGreaterThanOrEqual(minSize);
    expect(rows.some((r) => !r.collection)).toBe(true);
    for (const v of VIOLATIONS) expect(rows.filter((r) => r.violations.includes(v)).length, v).toBeGreaterThanOrEqual(minPerViolation);
    // A non-collection message never carries violations (odd_hours included).
    for (const r of rows) if (!r.collection) expect(r.violations, r.id).toEqual([]);
  });

  it(`collection F1 ≥ ${collection}`, () => {
    expect(f1(results.map(({ r, got }) => [r.collection, got.collection]))).toBeGreaterThanOrEqual(collection);
  });

  it.each(VIOLATIONS.map((v) => [v]))(`%s F1 ≥ ${violation}`, (v) => {
    expect(f1(results.map(({ r, got }) => [r.violations.includes(v), got.violations.includes(v)]))).toBeGreaterThanOrEqual(violation);
  });

  it('every hit points at its phrase in the original text', () => {
    for (const { r, got } of results) for (const h of got.hits) expect(r.text.slice(h.start, h.end), r.id).toBe(h.phrase);
  });
});

// The shared dev data lives beside the repository (../shared/data), so it is checked only where present.
const DEV = new URL('../../../shared/data/messages-dev.jsonl', import.meta.url);
describe.skipIf(!existsSync(DEV))('dev data (npm run eval)', () => {
  const rows = existsSync(DEV) ? loadLabeled(DEV) : [];
  const results = rows.map((r) => ({ r, got: classifyMessage({ text: r.text, from: r.from, at: r.at }) }));
  it.each(['collection', ...VIOLATIONS].map((l) => [l]))('%s F1 ≥ 0.98', (label) => {
    const pick = (c: { collection: boolean; violations: readonly string[] }) => (label === 'collection' ? c.collection : c.violations.includes(label));
    expect(f1(results.map(({ r, got }) => [pick(r), pick(got)]))).toBeGreaterThanOrEqual(0.98);
  });
});

// The blind sets A–D (200 messages each, by two writers who never saw the rules, the model or any other
// set; first scored at 9690cdc, see docs/CLASSIFY.md §Blind sets A–D). A and B joined the model's
// training after that scoring; C and D became development data in the next round (their errors by
// kind widened the lexicon, and they are training files now), so none of them is an estimate any more.
// These floors sit a little under what each pair scores now and guard against losing those kinds of
// wording; the honest figures are the first scores and the cross-validation in docs/CLASSIFY.md.
const BLIND_PAIRS: Array<{ name: string; files: string[]; size?: number; floors: Record<string, number> }> = [
  {
    name: 'A + B',
    files: ['classify-blind-a.jsonl', 'classify-blind-b.jsonl'],
    floors: { collection: 0.96, third_party: 0.93, contact_list: 0.93, threat: 0.86, insult: 0.95, false_legal: 0.94, odd_hours: 0.95 },
  },
  {
    name: 'C + D',
    files: ['classify-blind-c.jsonl', 'classify-blind-d.jsonl'],
    floors: { collection: 0.96, third_party: 0.93, contact_list: 0.88, threat: 0.95, insult: 0.95, false_legal: 0.95, odd_hours: 0.94 },
  },
  {
    // Scored blind once (collection .910, third_party .815, contact_list .787, threat .769, insult
    // .800, false_legal .829, odd_hours .960), then added to the training files; no rule changed.
    name: 'E + F',
    files: ['classify-blind-e.jsonl', 'classify-blind-f.jsonl'],
    floors: { collection: 0.95, third_party: 0.9, contact_list: 0.85, threat: 0.82, insult: 0.8, false_legal: 0.92, odd_hours: 0.95 },
  },
  {
    // A fourth writer's 300 messages, scored blind once (collection .957, third_party .937,
    // contact_list .706, threat .685, insult .923, false_legal .813, odd_hours .975), then read by kind
    // for the lexicon and added to the training files.
    name: 'G + H',
    files: ['classify-blind-g.jsonl', 'classify-blind-h.jsonl'],
    size: 300,
    floors: { collection: 0.96, third_party: 0.95, contact_list: 0.9, threat: 0.8, insult: 0.93, false_legal: 0.9, odd_hours: 0.97 },
  },
  {
    // A fifth writer's 300 messages (I in the dev data's mix, J one family's year), scored blind once
    // (collection .950, third_party .925, contact_list .886, threat .877, insult .949, false_legal
    // .852, odd_hours .962), then read by kind for the lexicon and added to the training files.
    name: 'I + J',
    files: ['classify-blind-i.jsonl', 'classify-blind-j.jsonl'],
    size: 300,
    floors: { collection: 0.97, third_party: 0.95, contact_list: 0.93, threat: 0.9, insult: 0.95, false_legal: 0.93, odd_hours: 0.97 },
  },
  {
    // A sixth writer's 300 messages (K in the dev data's mix, L the edges of each label), scored blind
    // once (collection .938, third_party .862, contact_list .776, threat .722, insult .852, false_legal
    // .909, odd_hours .984), then read by kind for the lexicon and added to the training files.
    name: 'K + L',
    files: ['classify-blind-k.jsonl', 'classify-blind-l.jsonl'],
    size: 300,
    floors: { collection: 0.97, third_party: 0.93, contact_list: 0.88, threat: 0.88, insult: 0.93, false_legal: 0.95, odd_hours: 0.97 },
  },
  {
    // A seventh writer's 300 messages (M in the dev data's mix, N three people's inboxes), scored blind
    // once (collection .968, third_party .851, contact_list .824, threat .867, insult .889, false_legal
    // .906, odd_hours 1.0), then read by kind for the lexicon and added to the training files.
    name: 'M + N',
    files: ['classify-blind-m.jsonl', 'classify-blind-n.jsonl'],
    size: 300,
    floors: { collection: 0.97, third_party: 0.94, contact_list: 0.94, threat: 0.93, insult: 0.97, false_legal: 0.96, odd_hours: 0.97 },
  },
  {
    // An eighth writer's 300 messages (O in the dev data's mix, P as pasted into a complaint forum),
    // scored blind once (collection .974, third_party 1.0, contact_list .871, threat .821, insult .966,
    // false_legal .944, odd_hours .972), then read by kind for the lexicon and added to the training files.
    name: 'O + P',
    files: ['classify-blind-o.jsonl', 'classify-blind-p.jsonl'],
    size: 300,
    floors: { collection: 0.97, third_party: 0.97, contact_list: 0.92, threat: 0.94, insult: 0.97, false_legal: 0.95, odd_hours: 0.97 },
  },
  {
    // A ninth writer's 300 messages (Q in the dev data's mix, R small towns and the countryside), scored
    // blind once at 4725e9a (collection .971, third_party .912, contact_list .864, threat .790, insult
    // .985, false_legal .952, odd_hours .987), then added to the training files.
    name: 'Q + R',
    files: ['classify-blind-q.jsonl', 'classify-blind-r.jsonl'],
    size: 300,
    floors: { collection: 0.97, third_party: 0.92, contact_list: 0.94, threat: 0.78, insult: 0.97, false_legal: 0.94, odd_hours: 0.97 },
  },
  {
    // A tenth writer's 300 messages (S in the dev data's mix, T students and young office workers),
    // scored blind once at 8bbe4c5 (collection .977, third_party .959, contact_list .800, threat .816,
    // insult .933, false_legal .786, odd_hours 1.0), then read by kind and added to the training files.
    name: 'S + T',
    files: ['classify-blind-s.jsonl', 'classify-blind-t.jsonl'],
    size: 300,
    floors: { collection: 0.97, third_party: 0.95, contact_list: 0.86, threat: 0.85, insult: 0.97, false_legal: 0.95, odd_hours: 0.97 },
  },
  {
    // An eleventh writer's 300 messages (U in the dev data's mix, V small business owners, drivers and
    // factory workers), scored blind once at 8b9a47f (collection .979, third_party .951, contact_list
    // .871, threat .824, insult .912, false_legal .912, odd_hours 1.0), then added to the training
    // files with no rule changed.
    name: 'U + V',
    files: ['classify-blind-u.jsonl', 'classify-blind-v.jsonl'],
    size: 300,
    floors: { collection: 0.97, third_party: 0.95, contact_list: 0.9, threat: 0.82, insult: 0.92, false_legal: 0.92, odd_hours: 0.97 },
  },
];
describe.each(BLIND_PAIRS)('development sets $name (blind when written, trained on since)', ({ files, size = 400, floors }) => {
  const rows = files.flatMap(load);
  const results = rows.map((r) => ({ r, got: classifyMessage({ text: r.text, from: r.from, at: r.at }) }));
  it(`are ${size} messages and among the training files`, async () => {
    expect(rows.length).toBe(size);
    const { TRAINING_FILES } = await import('../../scripts/classify-model/build');
    for (const f of files) expect(TRAINING_FILES).toContain(`tests/unit/data/${f}`);
  });
  it.each(Object.entries(floors))('%s F1 ≥ %s', (label, floor) => {
    const pick = (c: { collection: boolean; violations: readonly string[] }) => (label === 'collection' ? c.collection : c.violations.includes(label));
    expect(f1(results.map(({ r, got }) => [pick(r), pick(got)]))).toBeGreaterThanOrEqual(floor);
  });
  it('every hit points at its phrase in the original text and names a rule', () => {
    for (const { r, got } of results) for (const h of got.hits) {
      expect(r.text.slice(h.start, h.end), r.id).toBe(h.phrase);
      expect(h.rule, r.id).toBeTruthy();
    }
  });
});
