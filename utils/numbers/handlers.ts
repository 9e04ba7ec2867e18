/**
 * Background requests for the number book and for flagging on pages (docs/ARCHITECTURE.md
 * §Message protocol). Content scripts may look numbers up, report what they flagged and act from
 * the hover card; everything else is for the extension's own pages.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { formatBeijing } from '../i18n/time';
import { defineHandler } from '../messaging/define';
import { refreshOpenPages, reportFrame, tabFlags } from '../flag/pages';
import { getFlagSettings, isHostOff, setFlagSettings, syncAllSitesScript } from '../flag/settings';
import type { NumberEntry, NumberStatus } from '../store/types';
import { addNote, deleteNumbers, importItems, keyOf, mergeNumbers, saveNumber, undoDelete } from './book';
import { parseList } from './lists';
import { flaggedEntries } from './lookup';
import { numberStats, suggestCollectors } from './stats';
import { addSubscription, refreshDue, refreshSubscription, removeSubscription } from './subscriptions';

const status = v.picklist(['collector', 'suspected', 'safe', 'unknown']);
const rawNumber = v.pipe(v.string(), v.maxLength(64));
const keys = (max: number) => v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(max));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** What a page needs to colour a number and fill its card's header; nothing more. */
export interface FlagInfo {
  key: string;
  display: string;
  status: NumberStatus;
  label: string;
  lender: string;
  tags: string[];
}

function flagInfo(e: NumberEntry): FlagInfo {
  return { key: e.key, display: e.display, status: e.status, label: e.label, lender: e.lender, tags: e.tags };
}

/** A book write changes colours on open pages: tell them, without making the caller wait. */
function changed<T>(value: T): T {
  void refreshOpenPages();
  return value;
}

export const numberHandlers = {
  /**
   * Which of these keys the book flags, for a page on `host`. `enabled: false` when flagging is
   * switched off for that site. Unknown keys are simply absent from the answer.
   */
  'numbers/lookup': defineHandler({
    schema: v.object({ keys: keys(50_000), host: text(253) }),
    from: 'any',
    async handle(p, { db }) {
      const settings = await getFlagSettings(db);
      if (isHostOff(settings, p.host)) return { enabled: false, entries: [] as FlagInfo[] };
      return { enabled: true, entries: (await flaggedEntries(db, p.keys)).map(flagInfo) };
    },
  }),

  /** A frame reports the numbers it flagged (its whole set): drives the toolbar badge and the popup. */
  'numbers/report': defineHandler({
    schema: v.object({ flags: v.pipe(v.array(v.object({ key: text(64), status })), v.maxLength(50_000)) }),
    from: 'any',
    async handle(p, { sender }) {
      if (sender.tabId === undefined) return { badge: 0 };
      return { badge: await reportFrame(sender.tabId, sender.frameId ?? 0, p.flags) };
    },
  }),

  /** The hover card: the entry plus what the evidence says about the number. */
  'numbers/card': defineHandler({
    schema: v.object({ key: rawNumber }),
    from: 'any',
    async handle(p, { db }) {
      const { key } = keyOf(p.key);
      const [entry, stats] = await Promise.all([db.numbers.get(key), numberStats(db, key)]);
      return {
        entry: entry ? { ...flagInfo(entry), notes: entry.notes, source: entry.source } : null,
        stats: { messages: stats.messages, calls: stats.calls, firstAt: stats.firstAt, lastAt: stats.lastAt, violations: stats.violations.slice(0, 3) },
      };
    },
  }),

  /** Card, popup and context menu: set a number's status (adds it to the book if new). */
  'numbers/mark': defineHandler({
    schema: v.object({ number: rawNumber, status, source: v.optional(v.picklist(['user', 'inferred'])) }),
    from: 'any',
    handle: async (p, { db, now }) => changed(flagInfo(await saveNumber(db, p.number, { status: p.status }, { now: now(), source: p.source ?? 'user' }))),
  }),

  /** Card: append a dated note. */
  'numbers/note': defineHandler({
    schema: v.object({ number: rawNumber, note: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)) }),
    from: 'any',
    async handle(p, { db, now }) {
      const at = now();
      const e = await addNote(db, p.number, p.note, formatBeijing(at, false), at);
      return changed({ key: e.key, notes: e.notes });
    },
  }),

  /** Card: open the number in the dashboard (a page cannot open extension pages itself). */
  'numbers/open': defineHandler({
    schema: v.object({ key: rawNumber }),
    from: 'any',
    async handle(p) {
      const { key } = keyOf(p.key);
      await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#/numbers?key=${encodeURIComponent(key)}`) });
      return { opened: true };
    },
  }),

  /** Dashboard: add or edit a number. */
  'numbers/save': defineHandler({
    schema: v.object({
      number: rawNumber,
      fields: v.object({
        label: v.optional(text(200)),
        lender: v.optional(text(200)),
        caseId: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
        tags: v.optional(v.pipe(v.array(text(100)), v.maxLength(50))),
        status: v.optional(status),
        notes: v.optional(text(20_000)),
      }),
      source: v.optional(v.picklist(['user', 'inferred'])),
    }),
    from: 'extension',
    handle: async (p, { db, now }) => changed(await saveNumber(db, p.number, p.fields, { now: now(), source: p.source })),
  }),

  'numbers/merge': defineHandler({
    schema: v.object({ keys: keys(1000), into: rawNumber }),
    from: 'extension',
    handle: async (p, { db, now }) => changed({ merged: (await mergeNumbers(db, p.keys, p.into, now())).length }),
  }),

  'numbers/delete': defineHandler({
    schema: v.object({ keys: keys(100_000) }),
    from: 'extension',
    handle: async (p, { db, now }) => changed(await deleteNumbers(db, p.keys, now())),
  }),

  'numbers/undoDelete': defineHandler({
    schema: v.object({ trashId: v.pipe(v.number(), v.integer()) }),
    from: 'extension',
    handle: async (p, { db }) => changed({ restored: await undoDelete(db, p.trashId) }),
  }),

  /** Dashboard: import a list file. All-or-nothing: a bad line rejects the file (the error names it). */
  'numbers/import': defineHandler({
    schema: v.object({
      text: text(5 * 1024 * 1024),
      format: v.picklist(['text', 'csv', 'json']),
      status,
      fileName: text(300),
    }),
    from: 'extension',
    async handle(p, { db, now }) {
      const list = parseList(p.text, p.format);
      const at = now();
      const report = await importItems(db, list.items, { now: at, status: list.status ?? p.status });
      await db.imports.add({ at, source: `numbers-${p.format}`, fileName: p.fileName, added: report.added, duplicates: report.unchanged + report.updated, rejected: 0, messages: [] });
      return changed({ ...report, total: list.items.length });
    },
  }),

  /** Dashboard: numbers the evidence suggests are collectors (not yet in the book). */
  'numbers/suggestions': defineHandler({
    schema: v.object({}),
    from: 'extension',
    handle: async (_p, { db }) => suggestCollectors(db),
  }),

  /** Dashboard: subscribe to a list URL (the page has already asked for the host permission). */
  'numbers/subscribe': defineHandler({
    schema: v.object({ url: text(2000) }),
    from: 'extension',
    async handle(p, { db, now }) {
      const id = await addSubscription(db, p.url, now());
      return changed(await refreshSubscription(db, id, { now: now() }));
    },
  }),

  'numbers/unsubscribe': defineHandler({
    schema: v.object({ id: v.pipe(v.number(), v.integer()) }),
    from: 'extension',
    handle: async (p, { db }) => changed({ removed: await removeSubscription(db, p.id) }),
  }),

  /** Dashboard "update now": one list, or all that are due. */
  'numbers/refreshLists': defineHandler({
    schema: v.object({ id: v.optional(v.pipe(v.number(), v.integer())) }),
    from: 'extension',
    async handle(p, { db, now }) {
      const results = p.id !== undefined ? [await refreshSubscription(db, p.id, { now: now() })] : await refreshDue(db, { now: now(), maxAgeMinutes: 0 });
      return changed(results);
    },
  }),

  /** Popup: the numbers flagged in a tab, with their current book entries. */
  'numbers/pageFlags': defineHandler({
    schema: v.object({ tabId: v.pipe(v.number(), v.integer()) }),
    from: 'extension',
    async handle(p, { db }) {
      const flags = await tabFlags(p.tabId);
      const entries = await db.numbers.bulkGet(flags.map((f) => f.key));
      return entries.filter((e): e is NumberEntry => !!e).map(flagInfo);
    },
  }),

  'flag/settings': defineHandler({
    schema: v.object({}),
    from: 'extension',
    async handle(_p, { db }) {
      const settings = await getFlagSettings(db);
      return { ...settings, allSitesActive: await syncAllSitesScript(db) };
    },
  }),

  /**
   * Dashboard: switch "flag on all sites". The page asks for the permission (a user gesture is
   * needed) before sending `on: true`; the background only registers the script if it was granted.
   */
  'flag/setAllSites': defineHandler({
    schema: v.object({ on: v.boolean() }),
    from: 'extension',
    async handle(p, { db }) {
      const settings = await setFlagSettings(db, { allSites: p.on });
      return changed({ ...settings, allSitesActive: await syncAllSitesScript(db) });
    },
  }),

  /** Popup / dashboard: switch flagging off (or back on) for one site. */
  'flag/setSite': defineHandler({
    schema: v.object({ host: v.pipe(v.string(), v.minLength(1), v.maxLength(253)), off: v.boolean() }),
    from: 'extension',
    async handle(p, { db }) {
      const current = await getFlagSettings(db);
      const others = current.offHosts.filter((h) => h !== p.host.toLowerCase());
      return changed(await setFlagSettings(db, { offHosts: p.off ? [...others, p.host] : others }));
    },
  }),
};
