// The statistical tie-breaker: one logistic regression per label over character 1–3-grams of the
// folded text (features.ts), trained at build time from the labelled message files in the repository
// (scripts/classify-model/train.ts → model.json). No network, no randomness at run time: the same
// text always gets the same scores.
//
// It never flags anything by itself. index.ts uses its probabilities to decide collection where the
// lexicon is unsure, and to let broad cue words (gated.ts) count; every violation still comes with a
// phrase of the message and the rule it breaks.
import modelJson from './model.json';

export const MODEL_LABELS = ['collection', 'third_party', 'contact_list', 'threat', 'insult', 'false_legal'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];
export type Scores = Record<ModelLabel, number>;

interface Loaded {
  /** Numeric key of a feature (featureKey) → its row. */
  index: Map<number, number>;
  weights: Float32Array;
  bias: number[];
  L: number;
  /** Position in the shipped label order of each of MODEL_LABELS. */
  order: number[];
  /** Per-row stamp of the last message that counted it (features are counted once per message). */
  seen: Uint32Array;
}

let loaded: Loaded | null = null;
let stamp = 0;

// The scorer looks features up by a number built from their UTF-16 units instead of by string: the
// same features as features.ts (1–3-grams of '^' + text + '$', the sender as '@kind'), without making
// a substring per n-gram. Keys of different lengths cannot collide: each length has its own range.
const U = 0x10000;
const K1 = 0;
const K2 = U;                  // + a*U + b           < U + U²
const K3 = U + U * U;          // + (a*U + b)*U + c   < K3 + U³ (< 2^53)
const SENDER_KEYS = new Map<string, number>();
function senderKey(sender: string): number {
  let k = SENDER_KEYS.get(sender);
  if (k === undefined) { k = -1 - SENDER_KEYS.size; SENDER_KEYS.set(sender, k); }
  return k;
}

function featureKey(f: string): number {
  if (f.startsWith('@')) return senderKey(f.slice(1));
  const a = f.charCodeAt(0);
  if (f.length === 1) return K1 + a;
  const b = f.charCodeAt(1);
  if (f.length === 2) return K2 + a * U + b;
  return K3 + (a * U + b) * U + f.charCodeAt(2);
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function load(): Loaded {
  if (loaded) return loaded;
  const m = modelJson as { labels: string[]; bias: number[]; scale: number[]; features: string; weights: string };
  const L = m.labels.length;
  const names = m.features.split('\u0000');
  const q = new Int8Array(base64Bytes(m.weights).buffer);
  if (q.length !== names.length * L) throw new Error('classify model: weights do not match features');
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * m.scale[i % L]!;
  const index = new Map<number, number>();
  names.forEach((f, i) => {
    if (f.length > 3 && !f.startsWith('@')) throw new Error(`classify model: feature longer than a trigram (${f})`);
    index.set(featureKey(f), i);
  });
  const order = MODEL_LABELS.map((l) => m.labels.indexOf(l));
  if (order.some((i) => i < 0)) throw new Error('classify model: a label is missing');
  loaded = { index, weights, bias: m.bias, L, order, seen: new Uint32Array(names.length) };
  return loaded;
}

const ZERO = 0x30;
const HAT = 0x5e;
const DOLLAR = 0x24;

/** Probability of each label for a folded text (normalize.ts) from a sender of the given kind. */
export function modelScores(folded: string, sender: string): Scores {
  const { index, weights, bias, L, order, seen } = load();
  stamp = (stamp + 1) >>> 0 || 1;
  if (stamp === 1) seen.fill(0);
  const z = [...bias];
  const rows: number[] = [];
  const take = (key: number) => {
    const i = index.get(key);
    if (i !== undefined && seen[i] !== stamp) { seen[i] = stamp; rows.push(i); }
  };
  take(senderKey(sender));
  // The text as features.ts sees it: '^' + text with every digit as '0' + '$'.
  const n = folded.length + 2;
  const unit = (i: number) => {
    if (i === 0) return HAT;
    if (i === n - 1) return DOLLAR;
    const c = folded.charCodeAt(i - 1);
    return c >= 0x30 && c <= 0x39 ? ZERO : c;
  };
  let a = unit(0);
  let b = n > 1 ? unit(1) : 0;
  for (let i = 0; i < n; i++) {
    const c = i + 2 < n ? unit(i + 2) : 0;
    if (i !== 0 && i !== n - 1) take(K1 + a);
    if (i + 1 < n) take(K2 + a * U + b);
    if (i + 2 < n) take(K3 + (a * U + b) * U + c);
    a = b;
    b = c;
  }
  // Same scaling as in training: presence features divided by sqrt(number of known features).
  const s = 1 / Math.sqrt(rows.length || 1);
  for (const i of rows) for (let l = 0; l < L; l++) z[l] = z[l]! + weights[i * L + l]! * s;
  const out = {} as Scores;
  MODEL_LABELS.forEach((label, k) => { out[label] = 1 / (1 + Math.exp(-z[order[k]!]!)); });
  return out;
}
