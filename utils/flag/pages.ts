/**
 * Background state of flagging: which numbers each tab's frames flagged (for the toolbar badge and
 * the popup), and telling open pages to look again when the book or the switches change.
 * Kept in storage.session too, because the service worker sleeps between events.
 */
import { browser } from 'wxt/browser';
import type { NumberStatus } from '../store/types';

export interface PageFlag {
  key: string;
  status: NumberStatus;
}

type TabFlags = Record<string, PageFlag[]>; // frameId → flags
const tabs = new Map<number, TabFlags>();
const SESSION_KEY = (tabId: number) => `flags:${tabId}`;

/** The message content scripts listen for: re-check statuses (or stop, if switched off). */
export const REFRESH_MESSAGE = { anningFlag: 'refresh' } as const;

async function load(tabId: number): Promise<TabFlags> {
  const have = tabs.get(tabId);
  if (have) return have;
  let stored: TabFlags = {};
  try {
    const got = await browser.storage.session.get(SESSION_KEY(tabId));
    stored = (got[SESSION_KEY(tabId)] as TabFlags | undefined) ?? {};
  } catch {
    // storage.session is missing in old browsers: the badge then lasts while the worker is awake
  }
  tabs.set(tabId, stored);
  return stored;
}

async function save(tabId: number, flags: TabFlags): Promise<void> {
  tabs.set(tabId, flags);
  try {
    await browser.storage.session.set({ [SESSION_KEY(tabId)]: flags });
  } catch {
    // see load()
  }
}

/** Distinct numbers of a tab, alarming first. */
export function distinctFlags(flags: TabFlags): PageFlag[] {
  const byKey = new Map<string, PageFlag>();
  for (const list of Object.values(flags)) for (const f of list) byKey.set(f.key, f);
  const rank: Record<NumberStatus, number> = { collector: 0, suspected: 1, safe: 2, unknown: 3 };
  return [...byKey.values()].sort((a, b) => rank[a.status] - rank[b.status] || a.key.localeCompare(b.key));
}

/** The badge counts collector and suspected numbers: safe ones are marked on the page but not alarming. */
export function badgeCount(flags: PageFlag[]): number {
  return flags.filter((f) => f.status === 'collector' || f.status === 'suspected').length;
}

async function paintBadge(tabId: number, flags: PageFlag[]): Promise<void> {
  const n = badgeCount(flags);
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
    await action.setBadgeText({ tabId, text: n ? String(n > 999 ? '999+' : n) : '' });
  } catch {
    // the tab closed meanwhile
  }
}

/** A frame's content script reports what it flagged (the whole set for that frame, each time). */
export async function reportFrame(tabId: number, frameId: number, flags: PageFlag[]): Promise<number> {
  const current = { ...(await load(tabId)) };
  current[String(frameId)] = flags;
  await save(tabId, current);
  const all = distinctFlags(current);
  await paintBadge(tabId, all);
  return badgeCount(all);
}

export async function tabFlags(tabId: number): Promise<PageFlag[]> {
  return distinctFlags(await load(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  try {
    await browser.storage.session.remove(SESSION_KEY(tabId));
  } catch {
    // see load()
  }
}

/** A top-frame navigation: the old page's flags no longer apply. */
export async function resetTab(tabId: number): Promise<void> {
  await save(tabId, {});
  await paintBadge(tabId, []);
}

/** Asks every open page's flag script to re-check its numbers (after the book or a switch changed). */
export async function refreshOpenPages(): Promise<void> {
  let list: { id?: number }[] = [];
  try {
    list = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    list.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, REFRESH_MESSAGE).catch(() => undefined))),
  );
}
