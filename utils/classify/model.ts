// The statistical tie-breaker: one logistic regression per label over character 1–3-grams of the
// folded text (features.ts), trained at build time from the labelled message files in the repository
// (scripts/classify-model/train.ts → model.json). No network, no randomness at run time: the same
// text always gets the same scores.
//
// It never flags anything by itself. index.ts uses its probabilities to decide collection where the
// lexicon is unsure, and to let broad cue words (gated.ts) count; every violation still comes with a
// phrase of the message and the rule it breaks.
import { featuresOf } from './features';
import modelJson from './model.json';

export const MODEL_LABELS = ['collection', 'third_party', 'contact_list', 'threat', 'insult', 'false_legal'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];
export type Scores = Record<ModelLabel, number>;

interface Loaded {
  index: Map<string, number>;
  weights: Float32Array;
  bias: number[];
  L: number;
  /** Position in the shipped label order of each of MODEL_LABELS. */
  order: number[];
}

let loaded: Loaded | null = null;

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
  const index = new Map<string, number>();
  names.forEach((f, i) => index.set(f, i));
  const order = MODEL_LABELS.map((l) => m.labels.indexOf(l));
  if (order.some((i) => i < 0)) throw new Error('classify model: a label is missing');
  loaded = { index, weights, bias: m.bias, L, order };
  return loaded;
}

/** Probability of each label for a folded text (normalize.ts) from a sender of the given kind. */
export function modelScores(folded: string, sender: string): Scores {
  const { index, weights, bias, L, order } = load();
  const z = [...bias];
  const fs = featuresOf(folded, sender);
  const rows: number[] = [];
  for (const f of fs) {
    const i = index.get(f);
    if (i !== undefined) rows.push(i);
  }
  // Same scaling as in training: presence features divided by sqrt(number of known features).
  const s = 1 / Math.sqrt(rows.length || 1);
  for (const i of rows) for (let l = 0; l < L; l++) z[l] = z[l]! + weights[i * L + l]! * s;
  const out = {} as Scores;
  MODEL_LABELS.forEach((label, k) => { out[label] = 1 / (1 + Math.exp(-z[order[k]!]!)); });
  return out;
}
