/**
 * Where the product works by default. Content scripts list their own pages; builds for the e2e suite
 * (`wxt build --mode e2e`) also match the fixture server on 127.0.0.1 so tests exercise the same code.
 */
// `?.`: wxt.config.ts imports this module in Node, where import.meta.env is not defined.
export const IS_E2E_BUILD = import.meta.env?.MODE === 'e2e';
export const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Adds the fixture server's patterns in e2e builds. */
export function withFixtures(matches: string[]): string[] {
  return IS_E2E_BUILD ? [...matches, ...FIXTURE_MATCHES] : matches;
}

/**
 * The sites the product works on by default (web SMS / call logs, complaint portals): the manifest's
 * host permissions and the flag script's default matches. Everything else is reached only through
 * the optional all-sites permission the user grants at runtime.
 */
export const PRODUCT_HOSTS = [
  'https://messages.google.com/*',
  'https://voice.google.com/*',
  'https://i.mi.com/*',
  'https://*.i.mi.com/*',
  'https://cloud.huawei.com/*',
  'https://*.cloud.huawei.com/*',
  'https://tousu.sina.com.cn/*',
  'https://tousu.sina.cn/*',
  'https://www.12321.cn/*',
  'https://jubao.nifa.org.cn/*',
  'https://www.nfra.gov.cn/*',
  'https://www.12315.cn/*',
  'https://wsxf.gjxfj.gov.cn/*',
];
