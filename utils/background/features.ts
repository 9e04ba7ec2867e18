/**
 * Background features beyond answering requests (context menus, badge, scheduled list updates …),
 * registered in this one list. Each runs once when the service worker starts; it must register its
 * browser listeners synchronously so a woken worker sees the event that woke it.
 */
import { flagFeature } from '../flag/background';
import { captureMenusFeature } from '../capture/menus';
import { importRecoveryFeature } from '../import/recovery';
import type { AnningDb } from '../store/db';

export interface BackgroundFeature {
  id: string;
  setup: (env: { db: AnningDb }) => void;
}

export const backgroundFeatures: BackgroundFeature[] = [importRecoveryFeature, flagFeature, captureMenusFeature];
