// Held-out sets written for generalisation checks (tests/unit/data/classify-holdout-*.jsonl), each
// written from the category definitions (issue #5, FACTS.md) before it was scored. Their first-pass
// figures are in docs/CLASSIFY.md; after scoring, the rules were widened by category (not per
// message), so these sets now guard the widened rules. They assert F1 per label, not per-message
// equality: a change that trades one message for another of the same label is allowed, a change
// that loses a kind of wording is not.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIOLATIONS } from '../../utils/classify';
import { classifyAll, labelF1, loadLabeled } from './classifyScoring';


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
  const results = classifyAll(rows);

  it('is a real sample: enough messages, both classes, every violation', () => {
    expect(rows.length).toBeGreaterThanOrEqual(minSize);
    expect(rows.some((r) => !r.collection)).toBe(true);
    for (const v of VIOLATIONS) expect(rows.filter((r) => r.violations.includes(v)).length, v).toBeGreaterThanOrEqual(minPerViolation);
    // A non-collection message never carries violations (odd_hours included).
    for (const r of rows) if (!r.collection) expect(r.violations, r.id).toEqual([]);
  });

  it(`collection F1 ≥ ${collection}`, () => {
    expect(labelF1(results, 'collection')).toBeGreaterThanOrEqual(collection);
  });

  it.each(VIOLATIONS.map((v) => [v]))(`%s F1 ≥ ${violation}`, (v) => {
    expect(labelF1(results, v)).toBeGreaterThanOrEqual(violation);
  });

  it('every hit points at its phrase in the original text', () => {
    for (const { r, got } of results) for (const h of got.hits) expect(r.text.slice(h.start, h.end), r.id).toBe(h.phrase);
  });
});

// The shared dev data lives beside the repository (../shared/data), so it is checked only where present.
const DEV = new URL('../../../shared/data/messages-dev.jsonl', import.meta.url);
describe.skipIf(!existsSync(DEV))('dev data (npm run eval)', () => {
  const rows = existsSync(DEV) ? loadLabeled(DEV) : [];
  const results = classifyAll(rows);
  it.each(['collection', ...VIOLATIONS].map((l) => [l]))('%s F1 ≥ 0.98', (label) => {
    expect(labelF1(results, label)).toBeGreaterThanOrEqual(0.98);
  });
});

// The blind sets, a pair per writer (A–D by two writers, then one writer per pair), each written by
// someone who never saw the rules, the model or any other set, scored once by a classifier that had
// never met it (those first scores are the honest figures: docs/CLASSIFY.md §Every blind pair's first
// score), then read by kind and added to the training files. They are development data now: these
// floors sit a little under what each pair scores today and guard against losing those kinds of
// wording. Order per row: collection, third_party, contact_list, threat, insult, false_legal, odd_hours.
const FLOOR_LABELS = ['collection', ...VIOLATIONS];
const BLIND_PAIRS = (
  [
    [['a', 'b'], 400, [0.96, 0.93, 0.93, 0.86, 0.95, 0.94, 0.95]],
    [['c', 'd'], 400, [0.96, 0.93, 0.88, 0.95, 0.95, 0.95, 0.94]],
    [['e', 'f'], 400, [0.95, 0.9, 0.85, 0.82, 0.8, 0.92, 0.95]],
    [['g', 'h'], 300, [0.96, 0.95, 0.9, 0.8, 0.93, 0.9, 0.97]],
    [['i', 'j'], 300, [0.97, 0.95, 0.93, 0.9, 0.95, 0.93, 0.97]],
    [['k', 'l'], 300, [0.97, 0.93, 0.88, 0.88, 0.93, 0.95, 0.97]],
    [['m', 'n'], 300, [0.97, 0.94, 0.94, 0.93, 0.97, 0.96, 0.97]],
    [['o', 'p'], 300, [0.97, 0.97, 0.92, 0.94, 0.97, 0.95, 0.97]],
    [['q', 'r'], 300, [0.97, 0.92, 0.94, 0.78, 0.97, 0.94, 0.97]],
    [['s', 't'], 300, [0.97, 0.95, 0.86, 0.85, 0.97, 0.95, 0.97]],
    [['u', 'v'], 300, [0.97, 0.95, 0.9, 0.82, 0.92, 0.92, 0.97]],
    [['w', 'x'], 300, [0.98, 0.97, 0.94, 0.93, 0.95, 0.97, 0.97]],
    [['aa', 'ab'], 300, [0.97, 0.95, 0.92, 0.86, 0.91, 0.95, 0.94]],
    [['y', 'z'], 300, [0.98, 0.95, 0.94, 0.83, 0.94, 0.95, 0.97]],
    [['ae', 'af'], 300, [0.96, 0.97, 0.95, 0.9, 0.92, 0.96, 0.97]],
    [['ac', 'ad'], 300, [0.97, 0.93, 0.93, 0.89, 0.96, 0.97, 0.97]],
    [['ai', 'aj'], 300, [0.96, 0.96, 0.93, 0.92, 0.97, 0.95, 0.97]],
  ] as const
).map(([letters, size, floors]) => ({
  name: letters.map((k) => k.toUpperCase()).join(' + '),
  files: letters.map((k) => `classify-blind-${k}.jsonl`),
  size,
  floors: Object.fromEntries(FLOOR_LABELS.map((l, i) => [l, floors[i]!])),
}));
describe.each(BLIND_PAIRS)('development sets $name (blind when written, trained on since)', ({ files, size, floors }) => {
  const rows = files.flatMap(load);
  const results = classifyAll(rows);
  it(`are ${size} messages and among the training files`, async () => {
    expect(rows.length).toBe(size);
    const { TRAINING_FILES } = await import('../../scripts/classify-model/build');
    for (const f of files) expect(TRAINING_FILES).toContain(`tests/unit/data/${f}`);
  });
  it.each(Object.entries(floors))('%s F1 ≥ %s', (label, floor) => {
    expect(labelF1(results, label)).toBeGreaterThanOrEqual(floor);
  });
  it('every hit points at its phrase in the original text and names a rule', () => {
    for (const { r, got } of results) for (const h of got.hits) {
      expect(r.text.slice(h.start, h.end), r.id).toBe(h.phrase);
      expect(h.rule, r.id).toBeTruthy();
    }
  });
});

// AG + AH, AK + AL, AM + AN: three writers' 900 messages (AG, AK, AM in the dev data's mix; AH students
// and young graduates, AL migrant factory and construction workers, AN bank cards and licensed consumer
// finance), scored by the shipped classifier (ffd4aa5) — the estimate for unseen messages at this stop
// (docs/CLASSIFY.md §The estimate at this stop). Deliberately NOT among the training files and not read
// for rules, so a later stop can score its classifier on them before it uses them; the floors sit a
// little under the shipped classifier's pooled score.
const ESTIMATE_SETS = ['ag', 'ah', 'ak', 'al', 'am', 'an'];
describe('blind sets AG + AH, AK + AL, AM + AN (the estimate at this stop, not trained on)', () => {
  const rows = ESTIMATE_SETS.map((k) => `classify-blind-${k}.jsonl`).flatMap(load);
  const results = classifyAll(rows);
  it('are 900 messages outside the training files', async () => {
    expect(rows.length).toBe(900);
    const { TRAINING_FILES } = await import('../../scripts/classify-model/build');
    for (const k of ESTIMATE_SETS) expect(TRAINING_FILES).not.toContain(`tests/unit/data/classify-blind-${k}.jsonl`);
  });
  it.each(Object.entries({ collection: 0.97, third_party: 0.96, contact_list: 0.9, threat: 0.88, insult: 0.89, false_legal: 0.95, odd_hours: 0.97 }))('%s F1 ≥ %s', (label, floor) => {
    expect(labelF1(results, label)).toBeGreaterThanOrEqual(floor);
  });
});
