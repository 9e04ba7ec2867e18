/** Where the flag content script runs by default: the product's own sites (utils/sites.ts). */
import { IS_E2E_BUILD, PRODUCT_HOSTS } from '../sites';

export const FLAG_SITES = PRODUCT_HOSTS;

/**
 * e2e builds add the fixture server on 127.0.0.1 only: `localhost` stays an "ordinary site", so the
 * tests can exercise the opt-in all-sites flow on it. They also add 127.0.0.2, where the flag
 * benchmark serves its page: no other content script of ours matches it (capture and complaint
 * filling match the fixture hosts in e2e builds), so the benchmark times flagging alone, as on an
 * ordinary site.
 */
export const FLAG_MATCHES = IS_E2E_BUILD ? [...FLAG_SITES, 'http://127.0.0.1/*', 'http://127.0.0.2/*'] : FLAG_SITES;
