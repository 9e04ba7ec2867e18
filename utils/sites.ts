/**
 * Where the product works by default. Content scripts list their own pages; builds for the e2e suite
 * (`wxt build --mode e2e`) also match the fixture server on 127.0.0.1 so tests exercise the same code.
 */
export const IS_E2E_BUILD = import.meta.env.MODE === 'e2e';
export const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Adds the fixture server's patterns in e2e builds. */
export function withFixtures(matches: string[]): string[] {
  return IS_E2E_BUILD ? [...matches, ...FIXTURE_MATCHES] : matches;
}
