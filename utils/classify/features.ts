// Features of a message for the statistical tie-breaker (model.ts): character 1–3-grams of the folded
// text (normalize.ts: simplified, no padding, lower-case), digits collapsed to 0 (amounts and dates say
// nothing about the kind of message), plus the sender's kind. Shared by the trainer
// (scripts/classify-model/train.ts) and the runtime, so both see exactly the same features.
const DIGIT = /[0-9]/g;

/** Distinct feature strings of a folded text and a sender kind. */
export function featuresOf(folded: string, sender: string): string[] {
  const t = '^' + folded.replace(DIGIT, '0') + '$';
  const out = new Set<string>();
  out.add('@' + sender);
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c !== '^' && c !== '$') out.add(c);
    if (i + 1 < t.length) out.add(t.slice(i, i + 2));
    if (i + 2 < t.length) out.add(t.slice(i, i + 3));
  }
  return [...out];
}
