/**
 * Background side of flagging (registered in utils/background/features.ts):
 * - the context menu 标记为催收号码 on selected text;
 * - per-tab badge bookkeeping (a navigation clears it; the page's script reports again);
 * - the all-sites content script follows the permission (granted or revoked in the browser's UI);
 * - list subscriptions are checked on an alarm.
 */
import { browser } from 'wxt/browser';
import { saveNumber } from '../numbers/book';
import { refreshDue, REFRESH_MINUTES, SUBSCRIPTION_ALARM } from '../numbers/subscriptions';
import { findPhones, parsePhone } from '../phone';
import type { AnningDb } from '../store/db';
import { forgetTab, refreshOpenPages, resetTab } from './pages';
import { syncAllSitesScript } from './settings';

export const MARK_MENU_ID = 'anning-mark-collector';

/** The numbers in a selection: every number found in it, or the selection itself if it is one. */
export function numbersInSelection(selection: string): string[] {
  const text = selection.slice(0, 2000);
  const keys = findPhones(text).map((m) => m.key);
  if (keys.length === 0) {
    const one = parsePhone(text);
    if (one) keys.push(one.key);
  }
  return [...new Set(keys)];
}

export async function markSelection(db: AnningDb, selection: string, now: number): Promise<string[]> {
  const keys = numbersInSelection(selection);
  for (const key of keys) {
    // The 催收 tag goes with the status so the book can be filtered by it.
    const tags = (await db.numbers.get(key))?.tags ?? [];
    await saveNumber(db, key, { status: 'collector', tags: tags.includes('催收') ? tags : [...tags, '催收'] }, { now, source: 'user' });
  }
  return keys;
}

// Shaped as a BackgroundFeature (utils/background/features.ts), which lists it; typed structurally
// so this file does not import the list that imports it.
export const flagFeature: { id: string; setup: (env: { db: AnningDb }) => void } = {
  id: 'flag',
  setup({ db }) {
    // Menus persist across worker restarts; (re)creating them belongs in onInstalled.
    browser.runtime.onInstalled.addListener(() => {
      void browser.contextMenus.removeAll().then(() =>
        browser.contextMenus.create({ id: MARK_MENU_ID, title: '标记为催收号码 (Anning)', contexts: ['selection'] }),
      );
      void browser.alarms.create(SUBSCRIPTION_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
      void syncAllSitesScript(db).catch((e) => console.warn('[anning] all-sites script', e));
    });
    browser.runtime.onStartup?.addListener(() => void syncAllSitesScript(db).catch(() => undefined));

    browser.contextMenus.onClicked.addListener((info) => {
      if (info.menuItemId !== MARK_MENU_ID || !info.selectionText) return;
      void markSelection(db, info.selectionText, Date.now()).then((keys) => {
        if (keys.length) void refreshOpenPages();
      });
    });

    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading' && change.url) void resetTab(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

    // The user can grant or revoke "<all_urls>" from the browser's extension page at any time.
    browser.permissions.onAdded.addListener(() => void syncAllSitesScript(db).catch(() => undefined));
    browser.permissions.onRemoved.addListener(() => void syncAllSitesScript(db).catch(() => undefined));

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== SUBSCRIPTION_ALARM) return;
      void refreshDue(db, { now: Date.now() }).then((r) => {
        if (r.some((x) => x.status === 'updated')) void refreshOpenPages();
      });
    });
  },
};
