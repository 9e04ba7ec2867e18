/**
 * Google Messages for web (messages.google.com/web). Angular custom elements (FACTS §7): each message is
 * an `mws-message-wrapper` (`msg-id`, `is-outgoing`), its text in `mws-text-message-part`, whose
 * `aria-label` carries sender, text and time, localized. The open conversation's row in the list
 * (`mws-conversation-list-item`) is the selected one and names the other party.
 */
import { parsePageTime } from '../time';
import type { MessageInput } from '../../evidence/seal';
import { CaptureError, type CaptureEnv, type SiteAdapter } from '../types';

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The other party of the open conversation: the selected list row's name, or the header's. */
export function openConversationPeer(doc: Document): string {
  const selected =
    doc.querySelector('mws-conversation-list-item [aria-selected="true"], mws-conversation-list-item[aria-selected="true"], mws-conversation-list-item.selected') ??
    null;
  const row = selected?.closest('mws-conversation-list-item') ?? selected;
  const name = textOf(row?.querySelector('[data-e2e-conversation-name], .name, h3'));
  if (name) return name;
  return textOf(doc.querySelector('mws-conversation-container [data-e2e-conversation-title], mws-conversation-container .title'));
}

/** The time inside an aria-label such as `对方说：… 已收到 2025年6月19日 下午10:14。` */
function timeFromLabel(label: string, now: number) {
  const parts = label.split(/[。.]\s*/).map((s) => s.trim()).filter(Boolean).reverse();
  for (const part of parts) {
    const time = parsePageTime(part.replace(/^(已收到|已发送|收到时间|发送时间|Received|Sent)(\s*(on|at|：|:))?\s*/i, ''), now);
    if (time) return { time, raw: part };
  }
  return null;
}

export function readMessage(wrapper: Element, peer: string, env: Pick<CaptureEnv, 'now' | 'url'>): MessageInput | null {
  const parts = [...wrapper.querySelectorAll('mws-text-message-part')];
  if (!parts.length) return null;
  const text = parts.map((p) => (p.querySelector('.text-msg-content, .text-msg') ?? p).textContent ?? '').join('\n').trim();
  const label = parts[0]!.getAttribute('aria-label') ?? '';
  const found = timeFromLabel(label, env.now);
  if (!found) throw new CaptureError(`无法读取消息时间：${label.slice(0, 80)}`);
  return {
    numberRaw: peer,
    direction: wrapper.getAttribute('is-outgoing') === 'true' ? 'out' : 'in',
    at: found.time.at,
    atPrecision: found.time.precision,
    atRaw: found.raw,
    text,
    channel: 'sms',
    sourceUrl: env.url.href,
  };
}

export const googleMessages: SiteAdapter = {
  id: 'google-messages',
  title: { zh: 'Google 信息（网页版）', en: 'Google Messages for web' },
  matches: ['https://messages.google.com/*'],
  ready: (doc) => doc.querySelector('mws-message-wrapper') !== null,
  async *capture(env) {
    const peer = openConversationPeer(env.doc);
    if (!peer) throw new CaptureError('找不到当前对话的号码，请先打开一个对话。');
    const messages: MessageInput[] = [];
    for (const wrapper of env.doc.querySelectorAll('mws-message-wrapper')) {
      if (env.signal.aborted) break;
      const m = readMessage(wrapper, peer, env);
      if (m) messages.push(m);
    }
    env.onProgress({ done: messages.length });
    yield { messages, calls: [] };
  },
};
