/**
 * Google Voice (voice.google.com). FACTS §7: each message is a `gv-message-item`, its text in
 * `gv-annotation`. Like Google Messages the thread is windowed, so it is scrolled back to its start.
 * Time and direction are read liberally (a `time`/`.timestamp` element or the item's aria-label;
 * an `outgoing` class or `is-outgoing`), and a message shown without its own time — Voice prints one
 * per group — takes the time of the message above it.
 */
import type { MessageInput } from '../../evidence/seal';
import { parsePageTime } from '../time';
import { scrollCollect, scrollerOf } from '../scroll';
import { CaptureError, type CaptureEnv, type SiteAdapter } from '../types';

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function voicePeer(doc: Document): string {
  return textOf(
    doc.querySelector(
      '[gv-test-id="conversation-title"], gv-conversation-header .title, gv-thread-details .title, gv-conversation-header h2, [gv-id="conversation-title"]',
    ),
  );
}

function isOutgoing(item: Element): boolean {
  if (item.getAttribute('is-outgoing') === 'true') return true;
  return /\boutgoing\b|\bsent\b/.test(item.className) || item.querySelector('.outgoing, [is-outgoing="true"]') !== null;
}

function timeTextOf(item: Element): string {
  const el = item.querySelector('time, .timestamp, [gv-test-id*="timestamp"], [gv-id*="timestamp"]');
  return (el?.getAttribute('aria-label') || el?.getAttribute('datetime') || textOf(el) || '').trim();
}

type VoiceTime = { at: number; precision: NonNullable<MessageInput['atPrecision']>; raw: string };

export function readVoiceWindow(doc: Document, peer: string, env: Pick<CaptureEnv, 'now' | 'url'>) {
  const out: Array<{ key: string; value: MessageInput }> = [];
  let last: VoiceTime | null = null;
  for (const [i, item] of [...doc.querySelectorAll('gv-message-item')].entries()) {
    const annotation = item.querySelector('gv-annotation');
    if (!annotation) continue; // pictures, call events: no text to keep
    const raw = timeTextOf(item);
    const parsed = raw ? parsePageTime(raw, env.now) : null;
    if (raw && !parsed) throw new CaptureError(`无法读取消息时间：${raw.slice(0, 60)}`);
    const time: VoiceTime | null = parsed ? { at: parsed.at, precision: parsed.precision, raw } : last;
    if (!time) continue; // the group's time is above the window: read on the next round
    last = time;
    const text = (annotation.textContent ?? '').trim();
    const value: MessageInput = {
      numberRaw: peer,
      direction: isOutgoing(item) ? 'out' : 'in',
      at: time.at,
      atPrecision: time.precision,
      atRaw: time.raw,
      text,
      channel: 'sms',
      sourceUrl: env.url.href,
    };
    const key = item.getAttribute('data-id') ?? item.id ?? '';
    out.push({ key: key || `${value.direction}|${value.at}|${text}|${i}`, value });
  }
  return out;
}

export const googleVoice: SiteAdapter = {
  id: 'google-voice',
  title: { zh: 'Google Voice 短信', en: 'Google Voice messages' },
  matches: ['https://voice.google.com/*'],
  ready: (doc) => doc.querySelector('gv-message-item') !== null,
  async *capture(env) {
    const peer = voicePeer(env.doc);
    if (!peer) throw new CaptureError('找不到当前对话的号码，请先打开一个对话。');
    const messages = await scrollCollect(env, {
      note: `对话 ${peer}：向上滚动读取更早的消息`,
      read: () => readVoiceWindow(env.doc, peer, env),
      scroller: () => {
        const first = env.doc.querySelector('gv-message-item');
        return first ? scrollerOf(first) : null;
      },
    });
    yield { messages, calls: [] };
  },
};
