/**
 * Google Messages for web (messages.google.com/web). Angular custom elements (FACTS §7): each message is
 * an `mws-message-wrapper` (`msg-id`, `is-outgoing`), its text in `mws-text-message-part`, whose
 * `aria-label` carries sender, text and time, localized. The open conversation's row in the list
 * (`mws-conversation-list-item`) is the selected one and names the other party. Only ~30–40 messages
 * are in the DOM at a time: the conversation is scrolled back to its start, collecting as it goes.
 */
import { parsePageTime } from '../time';
import type { MessageInput } from '../../evidence/seal';
import { scrollCollect, scrollerOf } from '../scroll';
import { CaptureError, defaultSleep, type CaptureEnv, type SiteAdapter } from '../types';

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function selectedRow(doc: Document): Element | null {
  const selected = doc.querySelector(
    'mws-conversation-list-item [aria-selected="true"], mws-conversation-list-item[aria-selected="true"], mws-conversation-list-item.selected',
  );
  return selected?.closest('mws-conversation-list-item') ?? selected;
}

function rowName(row: Element | null): string {
  return textOf(row?.querySelector('[data-e2e-conversation-name], .name, h3'));
}

/** The other party of the open conversation: the selected list row's name, or the header's. */
export function openConversationPeer(doc: Document): string {
  const name = rowName(selectedRow(doc));
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

/** The whole open conversation, oldest first, scrolling back through the page's window. */
async function captureOpen(env: CaptureEnv): Promise<MessageInput[]> {
  const peer = openConversationPeer(env.doc);
  if (!peer) throw new CaptureError('找不到当前对话的号码，请先打开一个对话。');
  const collected = await scrollCollect(env, {
    note: `对话 ${peer}：向上滚动读取更早的消息`,
    read: () =>
      [...env.doc.querySelectorAll('mws-message-wrapper')].flatMap((w, i) => {
        const m = readMessage(w, peer, env);
        // Pages without msg-id (older builds) still dedupe by content and position.
        const key = w.getAttribute('msg-id') ?? (m ? `${m.direction}|${m.at}|${m.text}|${i}` : '');
        return m && key ? [{ key, value: m }] : [];
      }),
    scroller: () => {
      const first = env.doc.querySelector('mws-message-wrapper');
      return first ? scrollerOf(first) : null;
    },
  });
  return collected;
}

async function waitFor(env: CaptureEnv, check: () => boolean, ms = 5_000) {
  const sleep = env.sleep ?? defaultSleep;
  for (let waited = 0; waited < ms && !env.signal.aborted; waited += 100) {
    if (check()) return true;
    await sleep(100);
  }
  return check();
}

/** The list shows a page of conversations and loads more when scrolled to its end. */
async function loadWholeList(env: CaptureEnv) {
  const sleep = env.sleep ?? defaultSleep;
  const count = () => env.doc.querySelectorAll('mws-conversation-list-item').length;
  let quiet = 0;
  while (!env.signal.aborted && quiet < 6) {
    const first = env.doc.querySelector('mws-conversation-list-item');
    if (!first) return;
    const scroller = scrollerOf(first);
    const before = count();
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await sleep(250);
    if (count() > before) {
      quiet = 0;
      env.onProgress({ done: 0, note: `对话列表：已载入 ${count()} 个对话` });
    } else {
      quiet++;
    }
  }
}

export const googleMessages: SiteAdapter = {
  id: 'google-messages',
  title: { zh: '当前对话（Google 信息网页版）', en: 'conversation (Google Messages for web)' },
  matches: ['https://messages.google.com/*'],
  ready: (doc) => doc.querySelector('mws-message-wrapper, mws-conversation-list-item') !== null,
  scopes: [
    // The default keeps the bar's plain wording: most users want the conversation they are looking at.
    { id: 'open', title: { zh: '保存为证据', en: 'Save as evidence' } },
    { id: 'all', title: { zh: '保存全部对话', en: 'Save all conversations' } },
  ],
  async *capture(env) {
    if (env.scope !== 'all') {
      yield { messages: await captureOpen(env), calls: [] };
      return;
    }
    // Every conversation in the list: load the whole list, then open each in turn and read it back
    // to its start.
    await loadWholeList(env);
    const rows = [...env.doc.querySelectorAll('mws-conversation-list-item')];
    if (!rows.length) throw new CaptureError('找不到对话列表。');
    for (const [i, row] of rows.entries()) {
      if (env.signal.aborted) return;
      const name = rowName(row);
      const link = row.querySelector<HTMLElement>('a, [role=option], [role=link]') ?? (row as HTMLElement);
      link.click();
      const opened = await waitFor(env, () => openConversationPeer(env.doc) === name && env.doc.querySelector('mws-message-wrapper') !== null);
      if (!opened) throw new CaptureError(`打不开对话「${name}」。`);
      env.onProgress({ done: i, total: rows.length, note: `对话 ${i + 1} / ${rows.length}` });
      yield { messages: await captureOpen(env), calls: [] };
    }
  },
};
