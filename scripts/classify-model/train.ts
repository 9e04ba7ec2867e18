// Trains the classifier's statistical tie-breaker: one logistic regression per label over character
// n-grams (utils/classify/features.ts). Deterministic: fixed example order per epoch from a seeded
// generator, fixed hyper-parameters, no randomness elsewhere, so the same files give the same model.
import { normalize } from '../../utils/classify/normalize.ts';
import { prng as rng } from '../lib/prng.mjs';
import { featuresOf } from '../../utils/classify/features.ts';
import { senderClass } from '../../utils/classify/index.ts';

export const MODEL_LABELS = ['collection', 'third_party', 'contact_list', 'threat', 'insult', 'false_legal'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

export interface Example { text: string; from?: string; collection: boolean; violations: readonly string[] }

export interface TrainOptions { epochs: number; rate: number; l2: number; minCount: number; seed: number }
export const DEFAULT_TRAIN: TrainOptions = { epochs: 40, rate: 0.2, l2: 1e-4, minCount: 2, seed: 20260401 };

export interface TrainedModel {
  labels: readonly ModelLabel[];
  bias: number[];
  /** feature → one weight per label. */
  weights: Map<string, number[]>;
}


export function targetsOf(e: Example): number[] {
  return MODEL_LABELS.map((l) => (l === 'collection' ? (e.collection ? 1 : 0) : e.violations.includes(l) ? 1 : 0));
}

export function exampleFeatures(e: Example): string[] {
  return featuresOf(normalize(e.text).text, senderClass(e.from));
}

export function train(examples: readonly Example[], opt: TrainOptions = DEFAULT_TRAIN): TrainedModel {
  const feats = examples.map(exampleFeatures);
  // Features seen in fewer than minCount messages are noise with this little data.
  const df = new Map<string, number>();
  for (const fs of feats) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= opt.minCount) index.set(f, index.size);
  const ids = feats.map((fs) => fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  // Presence features scaled by 1/sqrt(number of known features of the message), so long messages do
  // not dominate. (Cross-validated better than counting unknown features too.)
  const scales = ids.map((xs) => 1 / Math.sqrt(xs.length || 1));
  const y = examples.map(targetsOf);
  const L = MODEL_LABELS.length;
  const w = new Float64Array(index.size * L);
  const b = new Float64Array(L);
  const order = examples.map((_, i) => i);
  const r = rng(opt.seed);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const rate = opt.rate / (1 + epoch * 0.1);
    for (const n of order) {
      const xs = ids[n]!;
      const scale = scales[n]!;
      for (let l = 0; l < L; l++) {
        let z = b[l]!;
        for (const x of xs) z += w[x * L + l]! * scale;
        const g = 1 / (1 + Math.exp(-z)) - y[n]![l]!;
        b[l] = b[l]! - rate * g;
        for (const x of xs) { const k = x * L + l; w[k] = w[k]! - rate * (g * scale + opt.l2 * w[k]!); }
      }
    }
  }
  const weights = new Map<string, number[]>();
  for (const [f, i] of index) weights.set(f, Array.from(w.subarray(i * L, i * L + L)));
  return { labels: MODEL_LABELS, bias: Array.from(b), weights };
}

/** Probability per label of a message's features under a trained model. */
export function predict(m: TrainedModel, fs: readonly string[]): number[] {
  const L = m.labels.length;
  const z = [...m.bias];
  const ws = fs.map((f) => m.weights.get(f)).filter((v): v is number[] => !!v);
  const scale = 1 / Math.sqrt(ws.length || 1);
  for (const v of ws) for (let l = 0; l < L; l++) z[l] = z[l]! + v[l]! * scale;
  return z.map((x) => 1 / (1 + Math.exp(-x)));
}

/** The model as shipped (utils/classify/model.json): int8 weights per label with one scale per label. */
export interface ModelJson {
  format: 1;
  labels: ModelLabel[];
  bias: number[];
  scale: number[];
  /** Feature strings joined by U+0000 (folded text can hold any other character). */
  features: string;
  /** base64 of an Int8Array, feature-major: weights[f * labels.length + l]. */
  weights: string;
  trainedOn: Array<{ file: string; sha256: string; messages: number }>;
  options: TrainOptions;
}

export function serialize(m: TrainedModel, trainedOn: ModelJson['trainedOn'], options: TrainOptions): ModelJson {
  const L = m.labels.length;
  const scale = m.labels.map((_, l) => {
    let max = 0;
    for (const v of m.weights.values()) max = Math.max(max, Math.abs(v[l]!));
    return max / 127 || 1;
  });
  const feats: string[] = [];
  const q: number[] = [];
  for (const [f, v] of [...m.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // Every feature stays, even one whose weights round to 0: the number of known features of a
    // message scales its score.
    const row = v.map((x, l) => Math.round(x / scale[l]!));
    feats.push(f);
    q.push(...row);
  }
  const bytes = Uint8Array.from(Int8Array.from(q));
  return {
    format: 1,
    labels: [...m.labels],
    bias: m.bias.map((b) => Number(b.toFixed(6))),
    scale: scale.map((s) => Number(s.toPrecision(8))),
    features: feats.join('\u0000'),
    weights: Buffer.from(bytes).toString('base64'),
    trainedOn,
    options,
  };
}
