/**
 * Where flagging runs. By default only on the product's own sites (the flag content script's
 * manifest matches); "flag on all sites" adds a dynamically registered copy of the same script for
 * every other site once the user has granted the optional `<all_urls>` permission. Each site can
 * be switched off on its own.
 */
import { browser } from 'wxt/browser';
import type { AnningDb } from '../store/db';

export interface FlagSettings {
  /** The user asked for flagging on all sites (it runs only while the permission is granted too). */
  allSites: boolean;
  /** Host names where flagging is off. */
  offHosts: string[];
}

export const FLAG_SETTINGS_KEY = 'flag';
export const ALL_SITES_PERMISSION = { origins: ['<all_urls>'] };
export const ALL_SITES_SCRIPT_ID = 'anning-flag-all-sites';
/** The built file of entrypoints/flag.content (WXT names content scripts after their folder). */
export const FLAG_SCRIPT_FILE = 'content-scripts/flag.js';

const DEFAULTS: FlagSettings = { allSites: false, offHosts: [] };

export async function getFlagSettings(db: AnningDb): Promise<FlagSettings> {
  const row = await db.settings.get(FLAG_SETTINGS_KEY);
  const v = (row?.value ?? {}) as Partial<FlagSettings>;
  return { allSites: v.allSites === true, offHosts: Array.isArray(v.offHosts) ? v.offHosts.filter((h) => typeof h === 'string') : [] };
}

export async function setFlagSettings(db: AnningDb, patch: Partial<FlagSettings>): Promise<FlagSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...DEFAULTS, ...(await getFlagSettings(db)), ...patch };
    next.offHosts = [...new Set(next.offHosts.map(normalizeHost).filter(Boolean))].sort();
    await db.settings.put({ key: FLAG_SETTINGS_KEY, value: next });
    return next;
  });
}

export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export function isHostOff(settings: FlagSettings, host: string): boolean {
  const h = normalizeHost(host);
  return settings.offHosts.includes(h);
}

/** The patterns the flag script is declared for in the manifest (the product's sites). */
export function manifestFlagMatches(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.filter((s) => s.js?.includes(FLAG_SCRIPT_FILE)).flatMap((s) => s.matches ?? []);
}

export async function hasAllSitesPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains(ALL_SITES_PERMISSION);
  } catch {
    return false;
  }
}

/**
 * Makes the all-sites registration match the user's choice and the permission actually granted
 * (the user can revoke the permission in the browser's own settings at any time).
 * Returns whether flagging on all sites is now active.
 */
export async function syncAllSitesScript(db: AnningDb): Promise<boolean> {
  const wanted = (await getFlagSettings(db)).allSites;
  const granted = await hasAllSitesPermission();
  const active = wanted && granted;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (active && registered.length === 0) {
    const base = {
      id: ALL_SITES_SCRIPT_ID,
      js: [FLAG_SCRIPT_FILE],
      matches: ['<all_urls>'],
      // The manifest copy already runs on the product's sites; the script also guards against a second run.
      excludeMatches: manifestFlagMatches(),
      allFrames: true,
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    try {
      await browser.scripting.registerContentScripts([{ ...base, matchOriginAsFallback: true } as typeof base]);
    } catch {
      // Browsers without matchOriginAsFallback for dynamic scripts: about:blank frames are then skipped.
      await browser.scripting.registerContentScripts([base]);
    }
  } else if (!active && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  }
  return active;
}
