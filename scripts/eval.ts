// `npm run eval`: precision, recall and F1 of the message classifier on labeled data.
//
// Default data: ../shared/data/messages-dev.jsonl (relative to the repo root), one JSON object a line
// with text, from, at, collection, violations. `npm run eval -- --data other.jsonl` (or `--file`)
// evaluates another file; `--json` prints the figures as one JSON line instead of the table;
// `--no-model` scores the lexicon alone, without the statistical tie-breaker (utils/classify/model.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyMessage, VIOLATIONS, type Violation } from '../utils/classify/index.ts';

interface Labeled {
  id: string;
  text: string;
  from?: string;
  at?: number;
  collection: boolean;
  violations: Violation[];
  note?: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fileArg = args.findIndex((a) => a === '--data' || a === '--file');
const file = fileArg >= 0 && args[fileArg + 1] ? resolve(args[fileArg + 1]!) : resolve(root, '../shared/data/messages-dev.jsonl');
const asJson = args.includes('--json');
const noModel = args.includes('--no-model');

if (!existsSync(file)) {
  console.error(`eval: labeled data not found at ${file}`);
  console.error('It lives in the shared folder beside the repository (../shared/data/messages-dev.jsonl); pass --file <path> to use another file.');
  process.exit(2);
}

const rows: Labeled[] = [];
readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  let row: Labeled;
  try {
    row = JSON.parse(line) as Labeled;
  } catch (e) {
    console.error(`eval: ${file}:${i + 1} is not valid JSON (${(e as Error).message})`);
    process.exit(2);
  }
  if (typeof row.text !== 'string' || typeof row.collection !== 'boolean' || !Array.isArray(row.violations)) {
    console.error(`eval: ${file}:${i + 1} lacks text, collection or violations`);
    process.exit(2);
  }
  rows.push({ ...row, id: row.id ?? `line${i + 1}` });
});

interface Counts { tp: number; fp: number; fn: number }
const labels = ['collection', ...VIOLATIONS] as const;
const counts = Object.fromEntries(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof labels)[number], Counts>;
const wrong: string[] = [];

for (const row of rows) {
  const got = classifyMessage({ text: row.text, from: row.from, at: row.at }, noModel ? { model: false } : {});
  const reasons: string[] = [];
  const tally = (label: (typeof labels)[number], expected: boolean, actual: boolean, why: string) => {
    const c = counts[label];
    if (expected && actual) c.tp++;
    else if (!expected && actual) { c.fp++; reasons.push(`+${label}${why}`); }
    else if (expected && !actual) { c.fn++; reasons.push(`-${label}`); }
  };
  tally('collection', row.collection, got.collection, '');
  for (const v of VIOLATIONS) {
    const hit = got.hits.find((h) => h.violation === v);
    const why = hit ? ` (${hit.cue}: "${hit.phrase}")` : v === 'odd_hours' ? ` (${got.hourBeijing}h)` : '';
    tally(v, row.violations.includes(v), got.violations.includes(v), why);
  }
  if (reasons.length) wrong.push(`${row.id}  ${reasons.join('  ')}\n      ${row.text}`);
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const figures = labels.map((l) => {
  const { tp, fp, fn } = counts[l];
  const p = tp + fp ? tp / (tp + fp) : NaN;
  const r = tp + fn ? tp / (tp + fn) : NaN;
  const f1 = p + r ? (2 * p * r) / (p + r) : NaN;
  return { label: l, precision: p, recall: r, f1, tp, fp, fn, support: tp + fn };
});

if (asJson) {
  console.log(JSON.stringify({ file, n: rows.length, figures }));
} else {
  console.log(`${rows.length} messages from ${file}\n`);
  console.log('label          precision  recall     F1   support  (tp/fp/fn)');
  for (const f of figures) {
    console.log(`${f.label.padEnd(14)} ${fmt(f.precision).padStart(9)} ${fmt(f.recall).padStart(7)} ${fmt(f.f1).padStart(6)} ${String(f.support).padStart(8)}  (${f.tp}/${f.fp}/${f.fn})`);
  }
  console.log(`\nmisclassified: ${wrong.length}${wrong.length ? '  (+label = predicted but not labeled, -label = labeled but missed)' : ''}`);
  for (const w of wrong) console.log(`  ${w}`);
}
