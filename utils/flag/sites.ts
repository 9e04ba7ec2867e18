/** Where the flag content script runs by default: the product's own sites (utils/sites.ts). */
import { IS_E2E_BUILD, PRODUCT_HOSTS } from '../sites';

export const FLAG_SITES = PRODUCT_HOSTS;

/**
 * e2e builds add the fixture server on 127.0.0.1 only: `localhost` stays an "ordinary site", so the
 * tests can exercise the opt-in all-sites flow on it.
 */
export const FLAG_MATCHES = IS_E2E_BUILD ? [...FLAG_SITES, 'http://127.0.0.1/*'] : FLAG_SITES;
