/**
 * At every start of the background: imports a stopped worker left pending are rolled back, so their
 * rows never become visible and don't take space (utils/import/session.ts).
 */
import type { BackgroundFeature } from '../background/features';
import { recoverPendingImports } from './session';

export const importRecoveryFeature: BackgroundFeature = {
  id: 'import-recovery',
  setup({ db }) {
    const startedAt = Date.now();
    void recoverPendingImports(db, startedAt).then(
      (r) => r.sessions && console.info(`[anning] rolled back ${r.sessions} unfinished import(s), ${r.deleted} rows`),
      (e) => console.error('[anning] import recovery', e),
    );
  },
};
