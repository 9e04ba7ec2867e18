/**
 * mulberry32: small, fast, seedable. Generated benchmark pages and corpora, and the classifier's
 * training order, must be identical on every run and machine. Plain JavaScript so both the .mjs
 * benches (run by node) and the TypeScript scripts (run by tsx) import the one copy.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
