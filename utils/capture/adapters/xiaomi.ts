/**
 * 小米云服务 (i.mi.com): the page reads SMS and call logs from same-origin JSON (FACTS §7, unverified
 * against the live site): `/sms/full/thread` lists threads; `/sms/{uuid}/full/thread/{threadId}/pagination`
 * pages through one thread (`folder` "0" received, "1" sent); `/phonecall/{uuid}/full` pages the call
 * log. Reading the JSON is sturdier than scraping the page's hashed class names. `uuid` is the signed-in
 * account (`userId` cookie). Paging by `limit`/`offset` is our assumption; every page is validated whole
 * before any of it is yielded.
 */
import * as v from 'valibot';
import type { CallInput, MessageInput } from '../../evidence/seal';
import { cookie, msTime, onSite, SiteJson } from '../json';
import { CaptureError, type SiteAdapter } from '../types';

const PAGE = 50;
const MAX_PAGES = 2_000;

const envelope = <T extends v.GenericSchema>(data: T) =>
  v.object({ code: v.literal(0), result: v.optional(v.string()), data });

const ThreadsSchema = envelope(
  v.object({
    entries: v.array(
      v.object({
        entry: v.object({
          id: v.union([v.string(), v.number()]),
          threadId: v.union([v.string(), v.number()]),
          recipients: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
          snippet: v.optional(v.string()),
          localTime: v.optional(msTime),
        }),
      }),
    ),
  }),
);

const ThreadPageSchema = envelope(
  v.object({
    entries: v.array(
      v.object({
        entry: v.object({
          id: v.union([v.string(), v.number()]),
          folder: v.picklist(['0', '1']),
          body: v.pipe(v.string(), v.maxLength(20_000)),
          localTime: msTime,
          address: v.optional(v.string()),
        }),
      }),
    ),
  }),
);

const CALL_TYPES = { incoming: 'in', outgoing: 'out', missed: 'missed' } as const;
const CallPageSchema = envelope(
  v.object({
    entries: v.array(
      v.object({
        number: v.pipe(v.string(), v.maxLength(200)),
        type: v.picklist(['incoming', 'outgoing', 'missed']),
        duration: v.pipe(v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/))]), v.transform(Number), v.integer(), v.minValue(0), v.maxValue(86_400)),
        date: msTime,
      }),
    ),
  }),
);

export const xiaomiCloud: SiteAdapter = {
  id: 'xiaomi-cloud',
  title: { zh: '小米云服务的短信和通话记录', en: 'Xiaomi Cloud SMS and call log' },
  matches: ['https://i.mi.com/*', 'https://*.i.mi.com/*'],
  ready: (_doc, url) => onSite(url, 'i.mi.com', '/xiaomi/'),
  async *capture(env) {
    const uuid = cookie(env.doc, 'userId');
    if (!uuid || !/^[\w-]{1,64}$/.test(uuid)) throw new CaptureError('小米云服务未登录或登录已过期：请在本页登录小米账号后再试。');
    const site = new SiteJson(env, '小米云服务', '请在本页重新登录小米账号后再试。', (j) => {
      const code = (j as { code?: unknown } | null)?.code;
      return code === 401 || code === '401' || code === 10001;
    });
    const base = env.url.pathname.startsWith('/xiaomi/') ? '/xiaomi' : '';

    // Threads first: the total for the progress line.
    const threads: Array<{ threadId: string; recipients: string }> = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await site.get(`${base}/sms/full/thread?limit=${PAGE}&offset=${page * PAGE}`, ThreadsSchema);
      for (const { entry } of r.data.entries) threads.push({ threadId: String(entry.threadId), recipients: entry.recipients });
      if (r.data.entries.length < PAGE) break;
    }
    let done = 0;
    env.onProgress({ done, total: threads.length, note: `共 ${threads.length} 个短信对话` });
    for (const [i, thread] of threads.entries()) {
      const messages: MessageInput[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        if (env.signal.aborted) return;
        const path = `${base}/sms/${encodeURIComponent(uuid)}/full/thread/${encodeURIComponent(thread.threadId)}/pagination?limit=${PAGE}&offset=${page * PAGE}`;
        const r = await site.get(path, ThreadPageSchema);
        for (const { entry } of r.data.entries) {
          messages.push({
            numberRaw: (entry.address || thread.recipients).trim(),
            direction: entry.folder === '1' ? 'out' : 'in',
            at: entry.localTime,
            atPrecision: 'ms',
            atRaw: String(entry.localTime),
            text: entry.body,
            channel: 'sms',
            sourceUrl: env.url.href,
          });
        }
        if (r.data.entries.length < PAGE) break;
      }
      // The API pages newest first; evidence is kept oldest first (ordinals follow that order).
      messages.sort((a, b) => a.at - b.at);
      done += messages.length;
      env.onProgress({ done, total: undefined, note: `短信对话 ${i + 1} / ${threads.length}` });
      yield { messages, calls: [] };
    }
    const calls: CallInput[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      if (env.signal.aborted) return;
      const r = await site.get(`${base}/phonecall/${encodeURIComponent(uuid)}/full?limit=${PAGE}&offset=${page * PAGE}`, CallPageSchema);
      for (const c of r.data.entries) {
        calls.push({
          numberRaw: c.number.trim() || '未知号码',
          direction: CALL_TYPES[c.type],
          at: c.date,
          atPrecision: 'ms',
          atRaw: String(c.date),
          durationSec: c.duration,
          sourceUrl: env.url.href,
        });
      }
      env.onProgress({ done: done + calls.length, note: '通话记录' });
      if (r.data.entries.length < PAGE) break;
    }
    calls.sort((a, b) => a.at - b.at);
    yield { messages: [], calls };
  },
};
