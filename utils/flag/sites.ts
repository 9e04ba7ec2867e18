/**
 * Where the flag content script runs by default: the product's web SMS / call-log sites and complaint
 * portals. A copy of PRODUCT_HOSTS in wxt.config.ts (the config module can't be bundled into a
 * content script); tests/unit/numbers.test.ts fails if the two drift apart.
 */
import { IS_E2E_BUILD } from '../sites';

export const FLAG_SITES = [
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

/**
 * e2e builds add the fixture server on 127.0.0.1 only: `localhost` stays an "ordinary site", so the
 * tests can exercise the opt-in all-sites flow on it.
 */
export const FLAG_MATCHES = IS_E2E_BUILD ? [...FLAG_SITES, 'http://127.0.0.1/*'] : FLAG_SITES;
