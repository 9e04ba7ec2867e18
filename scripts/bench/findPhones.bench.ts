// findPhones over ~1 MB of generated Chinese text (5,000 planted numbers in varied formats, 2,000
// digit decoys), against libphonenumber-js findPhoneNumbersInText with max metadata and default
// country CN, measured in the same process on the same text. Prints one JSON line.
//
// Throughput is UTF-8 megabytes (10^6 bytes) per second, best of several timed runs after warm-up.
// On a loaded machine both figures drop; compare ratios from the same run, not values across runs.
// Recall for findPhones needs the exact span and key; the library is credited for any match that
// overlaps a planted number and has its E.164 form (it reports +864001234567 for 4001234567).
import { findPhoneNumbersInText } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { findPhones } from '../../utils/phone/index.ts';
import { generateCorpus, type Planted } from './findPhones.corpus.ts';

const corpus = generateCorpus({ seed: 20250619, numbers: 5000, decoys: 2000, bytes: 1_000_000 });
const { text, planted, decoys } = corpus;
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;

/** Best per-call time over `samples` samples of `calls` back-to-back calls, after warm-up. */
function bestMs(run: () => unknown, warmups: number, samples: number, calls = 1): number {
  for (let i = 0; i < warmups; i++) run();
  let best = Infinity;
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    for (let c = 0; c < calls; c++) run();
    best = Math.min(best, (performance.now() - t) / calls);
  }
  return best;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Index of the planted numbers by position, for the overlap look-ups of both engines. */
function plantedAt(pos: number): Planted | undefined {
  let lo = 0;
  let hi = planted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = planted[mid];
    if (p.end <= pos) lo = mid + 1;
    else if (p.start > pos) hi = mid - 1;
    else return p;
  }
  return undefined;
}

function overlappingPlanted(span: { start: number; end: number }): Planted | undefined {
  for (let pos = span.start; pos < span.end; pos++) {
    const p = plantedAt(pos);
    if (p) return p;
  }
  return undefined;
}

const decoyReported = (spans: Array<{ start: number; end: number }>) =>
  spans.filter((s) => decoys.some((d) => overlaps(s, d))).length;

const e164Of = (p: Planted) => (p.key.startsWith('+') ? p.key : `+86${p.key}`);

// --- ours
const ours = findPhones(text);
// Samples of 5 calls (~15–25 ms) so one lucky time slice on a busy machine cannot flatter it.
const oursMs = bestMs(() => findPhones(text), 30, 12, 5);
const exact = new Set(planted.map((p) => `${p.start}:${p.end}:${p.key}`));
const oursCorrect = ours.filter((m) => exact.has(`${m.start}:${m.end}:${m.key}`)).length;

// --- libphonenumber-js
const find = () => findPhoneNumbersInText(text, { defaultCountry: 'CN' }, maxMetadata);
const lib = find();
const libMs = bestMs(find, 2, 5); // its first calls are several times slower (lazy regex caches)
const libSpans = lib.map((m) => ({ start: m.startsAt, end: m.endsAt, e164: m.number.number as string }));
const libFound = new Set<Planted>();
let libCorrect = 0;
for (const m of libSpans) {
  const p = overlappingPlanted(m);
  if (p && e164Of(p) === m.e164) {
    libCorrect++;
    libFound.add(p);
  }
}

const value = megabytes / (oursMs / 1000);
const baselineValue = megabytes / (libMs / 1000);
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const recall = oursCorrect / planted.length;
const falsePositives = ours.length - oursCorrect;
const decoysReported = decoyReported(ours);
console.log(
  JSON.stringify({
    bench: 'findPhones',
    unit: 'MB/s',
    value: round(value, 1),
    baseline: 'libphonenumber-js findPhoneNumbersInText (max, CN)',
    baselineValue: round(baselineValue, 2),
    ratio: round(value / baselineValue, 1),
    recall: round(recall, 4),
    falsePositives,
    decoysReported,
    baselineRecall: round(libFound.size / planted.length, 4),
    baselineFalsePositives: libSpans.length - libCorrect,
    baselineDecoysReported: decoyReported(libSpans),
    megabytes: round(megabytes, 3),
    planted: planted.length,
    decoys: decoys.length,
    targetMet: value / baselineValue >= 20 && recall >= 0.99 && decoysReported === 0,
  }),
);
