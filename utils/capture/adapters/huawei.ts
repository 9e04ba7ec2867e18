/**
 * 华为云空间 (cloud.huawei.com): FACTS §7 (older material, unverified): `/v1/message/getAllMessage.action`
 * answers `SMSInfo[]{PeerAddress, Direction 1 in / 2 out, Text, ActivityTime}`, `/v1/call/getCallRecord.action`
 * the call log; requests carry the CSRF token the page holds. Paging by `pageIndex`/`pageSize`, the call
 * record fields (`CallType`, `Duration`) and `ActivityTime` as ms or a Beijing `yyyy-MM-dd HH:mm:ss` are
 * our assumptions. Every page is validated whole before any of it is yielded.
 */
import * as v from 'valibot';
import type { CallInput, MessageInput } from '../../evidence/seal';
import { parsePageTime } from '../time';
import { cookie, onSite, SiteJson } from '../json';
import { CaptureError, type CaptureEnv, type SiteAdapter } from '../types';

const PAGE = 100;
const MAX_PAGES = 2_000;

const ok = v.union([v.literal('0'), v.literal(0)]);
const activityTime = v.union([v.number(), v.pipe(v.string(), v.minLength(8), v.maxLength(40))]);
const direction = v.union([v.picklist(['1', '2']), v.picklist([1, 2])]);

const SmsPageSchema = v.object({
  code: ok,
  SMSInfo: v.array(
    v.object({
      PeerAddress: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      Direction: direction,
      Text: v.pipe(v.string(), v.maxLength(20_000)),
      ActivityTime: activityTime,
    }),
  ),
});

const CALL_TYPES: Record<string, CallInput['direction']> = { '1': 'in', '2': 'out', '3': 'missed', '5': 'rejected', '6': 'blocked' };
const CallPageSchema = v.object({
  code: ok,
  CallRecordInfo: v.array(
    v.object({
      PeerAddress: v.pipe(v.string(), v.maxLength(200)),
      CallType: v.union([v.picklist(['1', '2', '3', '5', '6']), v.picklist([1, 2, 3, 5, 6])]),
      Duration: v.pipe(v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/))]), v.transform(Number), v.integer(), v.minValue(0), v.maxValue(86_400)),
      ActivityTime: activityTime,
    }),
  ),
});

/** ms (number or digits) or a Beijing wall-clock string. */
function readActivityTime(value: number | string, now: number): { at: number; precision: MessageInput['atPrecision'] } {
  if (typeof value === 'number' || /^\d{12,13}$/.test(value)) return { at: Number(value), precision: 'ms' };
  const t = parsePageTime(value, now);
  if (!t) throw new CaptureError(`华为云空间返回的时间无法识别（${value.slice(0, 40)}），网站可能改版了；没有保存任何内容。`);
  return { at: t.at, precision: t.precision };
}

export function huaweiCsrfToken(doc: Document): string {
  return (
    doc.querySelector<HTMLMetaElement>('meta[name="csrf-token"], meta[name="CSRFToken"]')?.content ||
    doc.querySelector<HTMLInputElement>('input#csrfToken, input[name="CSRFToken"]')?.value ||
    cookie(doc, 'CSRFToken') ||
    ''
  ).trim();
}

function post(token: string, body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8', CSRFToken: token }, body: JSON.stringify(body) };
}

async function* pages<S extends v.GenericSchema>(env: CaptureEnv, site: SiteJson, path: string, schema: S, token: string) {
  for (let pageIndex = 1; pageIndex <= MAX_PAGES; pageIndex++) {
    if (env.signal.aborted) return;
    yield await site.get(path, schema, post(token, { pageIndex, pageSize: PAGE }));
  }
}

export const huaweiCloud: SiteAdapter = {
  id: 'huawei-cloud',
  title: { zh: '华为云空间的短信和通话记录', en: 'Huawei Cloud SMS and call log' },
  matches: ['https://cloud.huawei.com/*', 'https://*.cloud.huawei.com/*'],
  ready: (_doc, url) => onSite(url, 'cloud.huawei.com', '/huawei/'),
  async *capture(env) {
    const token = huaweiCsrfToken(env.doc);
    if (!token) throw new CaptureError('华为云空间未登录或页面没有安全令牌（CSRF）：请刷新页面、登录后再试。');
    const site = new SiteJson(env, '华为云空间', '请在本页重新登录华为账号后再试。', (j) => {
      const code = String((j as { code?: unknown } | null)?.code ?? '');
      return code === '401' || code === '1001' || code === '100001';
    });
    const base = env.url.pathname.startsWith('/huawei/') ? '/huawei' : '';
    const messages: MessageInput[] = [];
    for await (const page of pages(env, site, `${base}/v1/message/getAllMessage.action`, SmsPageSchema, token)) {
      // Read the whole page (times included) before keeping any of it.
      const read = page.SMSInfo.map((m): MessageInput => {
        const t = readActivityTime(m.ActivityTime, env.now);
        return {
          numberRaw: m.PeerAddress.trim(),
          direction: String(m.Direction) === '2' ? 'out' : 'in',
          at: t.at,
          atPrecision: t.precision,
          atRaw: String(m.ActivityTime),
          text: m.Text,
          channel: 'sms',
          sourceUrl: env.url.href,
        };
      });
      messages.push(...read);
      env.onProgress({ done: messages.length, note: '短信' });
      if (page.SMSInfo.length < PAGE) break;
    }
    messages.sort((a, b) => a.at - b.at);
    if (env.signal.aborted) return;
    yield { messages, calls: [] };
    const calls: CallInput[] = [];
    for await (const page of pages(env, site, `${base}/v1/call/getCallRecord.action`, CallPageSchema, token)) {
      const read = page.CallRecordInfo.map((c): CallInput => {
        const t = readActivityTime(c.ActivityTime, env.now);
        return {
          numberRaw: c.PeerAddress.trim() || '未知号码',
          direction: CALL_TYPES[String(c.CallType)]!,
          at: t.at,
          atPrecision: t.precision,
          atRaw: String(c.ActivityTime),
          durationSec: c.Duration,
          sourceUrl: env.url.href,
        };
      });
      calls.push(...read);
      env.onProgress({ done: messages.length + calls.length, note: '通话记录' });
      if (page.CallRecordInfo.length < PAGE) break;
    }
    calls.sort((a, b) => a.at - b.at);
    yield { messages: [], calls };
  },
};
