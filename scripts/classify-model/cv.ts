// `npx tsx scripts/classify-model/cv.ts [--history]`: leave-one-set-out cross-validation of the
// statistical tie-breaker over the held-out sets (tests/unit/data/classify-holdout-{2..12}.jsonl) and
// the blind sets named in FIRST_SCORED (tests/unit/data/classify-blind-*.jsonl); pooled figures are printed for all of
// them and for the blind sets alone (the other writers' style).
// For each set, a model is trained on every other labelled file (the own examples, the dev data and the
// other sets) and the set is scored by the lexicon alone and by the lexicon with that model.
//
// Default: today's lexicon. It has been widened on every one of these sets, so its own figures are
// inflated; this run shows whether the model still helps or harms on top of it.
// --history: each set is scored by the lexicon as it was BEFORE that set was first scored (the commit
// named in HISTORY, extracted with `git archive`), which is the fair estimate for unseen messages.
// Old lexicons cannot take an injected model, so the combination is re-done on their output the way
// index.ts does it: collection from the model where the lexicon said no (not in a harmless setting,
// judged by today's context cues) or overruled below collectionOff; violations the lexicon missed from
// the model with a broad cue word (gated.ts) in a clause without the lexicon's other hits; where the model turns a
// message into collection, the old lexicon's violations are read by prefixing a neutral debt sentence,
// and the message stays collection only with a money word or a violation.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyMessage, MODEL_THRESHOLDS, senderClass, VIOLATIONS } from '../../utils/classify/index.ts';
import { compile, findAll } from '../../utils/classify/compile.ts';
import { GATED } from '../../utils/classify/gated.ts';
import { CUES } from '../../utils/classify/lexicon.ts';
import { normalize, toOriginal } from '../../utils/classify/normalize.ts';
import { featuresOf } from '../../utils/classify/features.ts';
import type { Scores } from '../../utils/classify/model.ts';
import { readExamples, TRAINING_FILES } from './build.ts';
import { DEFAULT_TRAIN, MODEL_LABELS, predict, train, type Example, type TrainedModel } from './train.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The blind sets by letter, each with the commit that first scored it: A–D (two writers who never saw
 * the rules), E and F (a third), G and H (a fourth), I and J (a fifth), K and L (a sixth), M and N (a
 * seventh), O and P (an eighth), Q and R (a ninth), S and T (a tenth), U and V (an eleventh), W and X
 * (a twelfth), AA and AB (a thirteenth), Y and Z (a fourteenth), AE and AF (a fifteenth), AC and AD (a
 * sixteenth), AI and AJ (a seventeenth).
 */
const FIRST_SCORED: Record<string, string> = { a: '9690cdc', b: '9690cdc', c: '9690cdc', d: '9690cdc', e: '6a993ea', f: '6a993ea', g: '2523196', h: '2523196', i: '67d7bb8', j: '67d7bb8', k: 'd064bed', l: 'd064bed', m: 'e208c5b', n: 'e208c5b', o: 'b320e29', p: 'b320e29', q: '4725e9a', r: '4725e9a', s: '8bbe4c5', t: '8bbe4c5', u: '8b9a47f', v: '8b9a47f', w: 'e5a9b93', x: 'e5a9b93', aa: '67427db', ab: '67427db', y: '6d36978', z: '6d36978', ae: '6d36978', af: '6d36978', ac: 'b7ef097', ad: 'b7ef097', ai: 'ae86c8c', aj: 'ae86c8c' };
const blindFile = (letter: string) => `tests/unit/data/classify-blind-${letter}.jsonl`;
const BLIND = Object.keys(FIRST_SCORED).map(blindFile);
const SETS = [...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => `tests/unit/data/classify-holdout-${k}.jsonl`), ...BLIND];
/** The commit whose lexicon first scored each set (the one that added the set, before any widening on it). */
const HISTORY: Record<string, string> = {
  [SETS[0]!]: '3e247b2', [SETS[1]!]: 'dc15f36', [SETS[2]!]: '3d00705',
  [SETS[3]!]: '17769b4', [SETS[4]!]: 'b41c922', [SETS[5]!]: 'ad2519f',
  // Set 8 was written before the statistical model and first scored by the lexicon of d83eb06.
  [SETS[6]!]: 'd83eb06',
  // Sets 9–12 were written after the model came in and first scored by the lexicons of bb38c87, 46deafe,
  // 3266d0c and d4d7ec6.
  [SETS[7]!]: 'bb38c87',
  [SETS[8]!]: '46deafe',
  [SETS[9]!]: '3266d0c',
  [SETS[10]!]: 'd4d7ec6',
  ...Object.fromEntries(Object.entries(FIRST_SCORED).map(([k, commit]) => [blindFile(k), commit])),
};
const LABELS = ['collection', ...VIOLATIONS] as const;
type Row = Example & { id: string; at?: number; violations: string[] };
type Classify = (m: { text: string; from?: string; at?: number }) => { collection: boolean; violations: string[]; hits: Array<{ violation: string; start: number; end: number }> };

const history = process.argv.includes('--history');
const f1 = ([tp, fp, fn]: number[]) => (tp ? (2 * tp!) / (2 * tp! + fp! + fn!) : fp! + fn! ? 0 : 1);

function scorer(m: TrainedModel) {
  return (folded: string, sender: string): Scores => {
    const p = predict(m, featuresOf(folded, sender));
    return Object.fromEntries(MODEL_LABELS.map((l, i) => [l, p[i]!])) as Scores;
  };
}

async function oldLexicon(commit: string): Promise<Classify> {
  const dir = join(tmpdir(), `anning-lexicon-${commit}`);
  if (!existsSync(join(dir, 'utils/classify/index.ts'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', commit, 'utils'], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  // The old utils import libphonenumber-js: resolve it from this checkout.
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const mod = (await import(join(dir, 'utils/classify/index.ts'))) as { classifyMessage: (m: Parameters<Classify>[0], o?: { model: false }) => ReturnType<Classify> };
  // Lexicons from bb38c87 on have a model of their own: switch it off (older ones ignore the option).
  return (m) => mod.classifyMessage(m, { model: false });
}

const contextCues = CUES.filter((c) => ['relief_ad', 'narrative', 'warning', 'joke', 'personal', 'not_loan', 'loan', 'not_overdue', 'claimant'].includes(c.kind)).map((c) => ({ id: c.id, kind: c.kind, m: compile(c.pattern) }));
const gated = GATED.map((g) => ({ ...g, m: compile(g.pattern) }));
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}\u{1F604}\u{1F601}\u{1F61C}\u{1F92A}\u{1F61D}\u{1F60F}]/u;

/** index.ts's "harmless setting", from today's context cues (strong debt wording is not checked here). */
function harmless(text: string, from: string | undefined): boolean {
  const t = normalize(text).text;
  const latin = /[a-z]/.test(t);
  const present = contextCues.filter((c) => findAll(c.m, t, latin).length);
  const kinds = new Set(present.map((c) => c.kind));
  const fiction = present.some((c) => c.id === 'ctx.fiction');
  const sender = senderClass(from);
  const casual = (kinds.has('joke') || LAUGHING.test(text) || kinds.has('narrative') || kinds.has('personal')) && sender !== 'institution' && sender !== 'court';
  return kinds.has('relief_ad') || kinds.has('warning') || fiction || kinds.has('claimant') || (kinds.has('narrative') && !/你|您/.test(t)) || casual || (kinds.has('not_loan') && !kinds.has('loan'));
}

/** The model's part of index.ts, re-done on an old lexicon's output. */
function combine(classify: Classify, row: Row, scores: Scores): { collection: boolean; violations: Set<string> } {
  const got = classify(row);
  let collection = got.collection;
  let byModel = false;
  if (!collection && !harmless(row.text, row.from) && scores.collection >= MODEL_THRESHOLDS.collectionOn) collection = byModel = true;
  else if (collection && scores.collection < MODEL_THRESHOLDS.collectionOff) collection = false;
  const violations = new Set<string>();
  if (!collection) return { collection, violations };
  let base = got;
  if (!got.collection) {
    base = classify({ ...row, text: '借款逾期。' + row.text });
    const shift = '借款逾期。'.length;
    base = { ...base, hits: base.hits.map((h) => ({ ...h, start: h.start - shift, end: h.end - shift })) };
  }
  for (const v of base.violations) violations.add(v);
  const strong = new Set(base.violations.filter((v) => v !== 'odd_hours'));
  if (typeof row.at === 'number') {
    const h = (Math.floor(row.at / 3_600_000) + 8) % 24;
    if (h < 8 || h >= 22) violations.add('odd_hours');
  }
  const norm = normalize(row.text);
  const latin = /[a-z]/.test(norm.text);
  for (const g of gated) {
    if (violations.has(g.violation) || scores[g.violation] < MODEL_THRESHOLDS.violation) continue;
    const t = norm.text;
    const free = findAll(g.m, t, latin)
      .map(([s, e]) => {
        while (s > 0 && !/[,。!?;:\n、]/.test(t[s - 1]!)) s--;
        while (e < t.length && !/[,。!?;:\n、]/.test(t[e]!)) e++;
        return toOriginal(norm, s, e);
      })
      .filter(({ start, end }) => !base.hits.some((h) => h.violation !== g.violation && h.start < end && start < h.end));
    if (free.length) {
      violations.add(g.violation);
      if (scores[g.violation] >= MODEL_THRESHOLDS.violationWithoutMoney) strong.add(g.violation);
    }
  }
  // As in index.ts: collection from the model alone needs a money word or a violation.
  if (byModel && !strong.size && !/钱|款|还|欠|债|账|贷|借|逾期|催/.test(norm.text)) return { collection: false, violations: new Set() };
  return { collection, violations };
}

const load = (rel: string) => readExamples(resolve(root, rel)) as Row[];
const sets = Object.fromEntries(SETS.map((s) => [s, load(s)]));
const others = TRAINING_FILES.filter((f) => !SETS.includes(f)).flatMap(load);
const pooled = { lexicon: LABELS.map(() => [0, 0, 0]), model: LABELS.map(() => [0, 0, 0]) };
const pooledBlind = { lexicon: LABELS.map(() => [0, 0, 0]), model: LABELS.map(() => [0, 0, 0]) };
console.log(`leave-one-set-out, ${history ? 'lexicon as before each set was first scored' : "today's lexicon"}; F1 per label: ${LABELS.join(' ')}`);
for (const set of SETS) {
  const m = train([...others, ...SETS.filter((s) => s !== set).flatMap((s) => sets[s]!)], DEFAULT_TRAIN);
  const score = scorer(m);
  const classify: Classify = history ? await oldLexicon(HISTORY[set]!) : (msg) => classifyMessage(msg, { model: false });
  const counts = { lexicon: LABELS.map(() => [0, 0, 0]), model: LABELS.map(() => [0, 0, 0]) };
  for (const row of sets[set]!) {
    const lex = classify(row);
    const withModel = history
      ? combine(classify, row, score(normalize(row.text).text, senderClass(row.from)))
      : (() => { const r = classifyMessage(row, { model: score }); return { collection: r.collection, violations: new Set<string>(r.violations) }; })();
    const lexSet = { collection: lex.collection, violations: new Set(lex.violations) };
    for (const [name, got] of [['lexicon', lexSet], ['model', withModel]] as const) {
      LABELS.forEach((l, i) => {
        const expected = l === 'collection' ? row.collection : row.violations.includes(l);
        const actual = l === 'collection' ? got.collection : got.violations.has(l);
        const c = counts[name][i]!;
        if (expected && actual) c[0]!++; else if (actual) c[1]!++; else if (expected) c[2]!++;
      });
    }
  }
  const fmt = (c: number[][]) => c.map((x) => f1(x).toFixed(3)).join(' ');
  console.log(`${set.replace(/.*\//, '').padEnd(26)} lexicon ${fmt(counts.lexicon)} | with model ${fmt(counts.model)}`);
  for (const name of ['lexicon', 'model'] as const) {
    counts[name].forEach((c, i) => c.forEach((x, j) => { pooled[name][i]![j]! += x; }));
    if (BLIND.includes(set)) counts[name].forEach((c, i) => c.forEach((x, j) => { pooledBlind[name][i]![j]! += x; }));
  }
}
const line = (name: string, p: typeof pooled) => `${name.padEnd(26)} lexicon ${p.lexicon.map((x) => f1(x).toFixed(3)).join(' ')} | with model ${p.model.map((x) => f1(x).toFixed(3)).join(' ')}`;
console.log(line('pooled', pooled));
console.log(line('pooled, blind sets', pooledBlind));
