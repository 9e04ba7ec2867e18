/**
 * Any other page: the user points at one message of a list (the element picker), and this finds the
 * list's other items — siblings built the same way (tag and classes), as an ad blocker's "hide similar"
 * does — then reads each item's sender, time and text from its text pieces. The picker shows a
 * preview and the user confirms before anything is saved. Same adapter shape as the site adapters,
 * built per pick instead of registered.
 */
import type { MessageInput } from '../../evidence/seal';
import { findPhones } from '../../phone';
import { parsePageTime } from '../time';
import type { SiteAdapter } from '../types';

/** Classes that say "hovered / chosen right now", not what the item is. */
const STATE_CLASS = /^(is-)?(active|selected|hover|focus(ed)?|current|highlight(ed)?|new|unread|read|odd|even|first|last)$/i;

export function signature(el: Element): string {
  return `${el.tagName}.${stableClasses(el).sort().join('.')}`;
}

function stableClasses(el: Element): string[] {
  return [...el.classList].filter((c) => !STATE_CLASS.test(c) && !/\d{3,}/.test(c));
}

/**
 * Built the same way: same tag, and — when they have classes — at least one class in common
 * (`inbox-item` and `inbox-item mine` are one list; the sender's and the text's span are not).
 */
export function similar(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const ca = stableClasses(a);
  const cb = new Set(stableClasses(b));
  if (!ca.length || !cb.size) return ca.length === cb.size;
  return ca.some((c) => cb.has(c));
}

const MIN_ITEMS = 2;

/** The picked item and its look-alike siblings, in page order; or [] when none repeat. */
export function findRepeatedItems(picked: Element): Element[] {
  for (let el: Element | null = picked; el && el.parentElement && el !== el.ownerDocument.body; el = el.parentElement) {
    const same = [...el.parentElement.children].filter((s) => similar(s, el!));
    if (same.length >= MIN_ITEMS && readItemParts(el).length > 0) return same;
  }
  // The user may have clicked the list itself: its largest group of look-alike children are the items.
  const children = [...picked.children];
  let best: Element[] = [];
  for (const c of children) {
    const group = children.filter((o) => similar(o, c));
    if (group.length > best.length) best = group;
  }
  return best.length >= MIN_ITEMS ? best : [];
}

/** Visible text pieces of an element, in order (one per element that holds text directly). */
export function readItemParts(item: Element): string[] {
  const parts: string[] = [];
  const walk = (el: Element) => {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test(el.tagName) || el.getAttribute('aria-hidden') === 'true') return;
    let own = '';
    for (const n of el.childNodes) {
      if (n.nodeType === 3) own += n.textContent ?? '';
      else if (n.nodeType === 1) {
        if (own.trim()) parts.push(own.replace(/\s+/g, ' ').trim());
        own = '';
        walk(n as Element);
      }
    }
    if (own.trim()) parts.push(own.replace(/\s+/g, ' ').trim());
  };
  walk(item);
  return parts;
}

export interface GenericItem {
  sender: string;
  direction: 'in' | 'out';
  time: { at: number; precision: NonNullable<MessageInput['atPrecision']>; raw: string } | null;
  text: string;
  /** Why this item can't be saved as it is (shown in the preview). */
  problem?: string;
}

const OUT_HINT = /\b(out|outgoing|sent|self|mine|me|right|send|from-me)\b/i;

function isTimeLike(part: string, now: number) {
  return part.length <= 40 && /\d/.test(part) && parsePageTime(part, now) !== null;
}

export function readGenericItem(item: Element, now: number, previous: GenericItem | null): GenericItem {
  const parts = readItemParts(item);
  let time: GenericItem['time'] = null;
  let sender = '';
  const rest: string[] = [];
  for (const part of parts) {
    // Separators between pieces ("：", "·") are layout, not message text.
    if (/^[\s\p{P}\p{S}]*$/u.test(part)) continue;
    if (!time && isTimeLike(part, now)) {
      const t = parsePageTime(part, now)!;
      time = { at: t.at, precision: t.precision, raw: part };
      continue;
    }
    // A piece that is (almost) only a phone number names the sender.
    const phones = findPhones(part);
    if (!sender && phones.length === 1 && phones[0]!.end - phones[0]!.start >= part.replace(/[\s:：]/g, '').length - 4) {
      sender = part.slice(phones[0]!.start, phones[0]!.end);
      continue;
    }
    rest.push(part);
  }
  // Without a number, a short first piece before the text is usually the name shown for the sender.
  if (!sender && rest.length >= 2 && rest[0]!.length <= 24) sender = rest.shift()!.replace(/[:：]$/, '');
  const hints = `${item.className} ${item.getAttribute('data-direction') ?? ''} ${item.getAttribute('data-from') ?? ''}`;
  const direction = OUT_HINT.test(hints) ? 'out' : 'in';
  // Chats print one time per group: a message without its own time takes the one above it.
  if (!time && previous?.time) time = previous.time;
  const text = rest.join('\n');
  const problem = !time ? '找不到时间' : !text ? '没有内容' : undefined;
  return { sender, direction, time, text, problem };
}

const SELF = /^(我|我自己|本人|自己|me|you|我发出的)$/i;

export function readGenericItems(items: Element[], now: number): GenericItem[] {
  const out: GenericItem[] = [];
  for (const item of items) out.push(readGenericItem(item, now, out.at(-1) ?? null));
  // "我" is the user: those messages were sent, to the party the others came from.
  const counts = new Map<string, number>();
  for (const i of out) if (i.sender && !SELF.test(i.sender)) counts.set(i.sender, (counts.get(i.sender) ?? 0) + 1);
  const other = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  for (const i of out) {
    if (SELF.test(i.sender)) {
      i.direction = 'out';
      i.sender = other;
    }
  }
  return out;
}

/**
 * The adapter for one confirmed pick. `peer` is the number the user typed for items that show none;
 * items with a problem are left out (the preview showed them as such).
 */
export function genericAdapter(items: GenericItem[], opts: { peer: string; url: string }): SiteAdapter {
  return {
    id: 'generic-page',
    title: { zh: '网页上的消息列表', en: 'message list on this page' },
    matches: [],
    ready: () => true,
    async *capture(env) {
      const messages: MessageInput[] = items
        .filter((i) => !i.problem && (i.sender || opts.peer))
        .map((i) => ({
          numberRaw: (i.sender || opts.peer).slice(0, 200),
          direction: i.direction,
          at: i.time!.at,
          atPrecision: i.time!.precision,
          atRaw: i.time!.raw,
          text: i.text.slice(0, 20_000),
          channel: 'other',
          sourceUrl: opts.url,
        }));
      env.onProgress({ done: messages.length });
      yield { messages, calls: [] };
    },
  };
}
