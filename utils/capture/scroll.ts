/**
 * Reading a conversation whose page keeps only a window of messages in the DOM (Google Messages,
 * Google Voice): scroll to the top, collect what is shown, wait for older messages to render, repeat
 * until nothing older comes — deduplicating by the message's own id as the window slides.
 */
import { defaultSleep, type CaptureEnv } from './types';

export interface WindowItem<T> {
  key: string;
  value: T;
}

/** The nearest ancestor that scrolls vertically (or the document's scroller). */
export function scrollerOf(el: Element): Element {
  let styled: Element | null = null;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const style = p.ownerDocument.defaultView?.getComputedStyle(p);
    if (!style || !/(auto|scroll)/.test(style.overflowY)) continue;
    if (p.scrollHeight > p.clientHeight) return p;
    // A scroller whose content does not overflow yet is still the one the page listens on.
    styled ??= p;
  }
  return styled ?? el.ownerDocument.scrollingElement ?? el.ownerDocument.documentElement;
}

export interface ScrollCollectOptions<T> {
  /** The items now in the DOM, oldest first. */
  read: () => WindowItem<T>[];
  /** The element to scroll; looked up again each round (pages re-render). */
  scroller: () => Element | null;
  /** Give up waiting for older items after this many quiet rounds at the top. */
  quietRounds?: number;
  roundMs?: number;
  note?: string;
}

/**
 * Returns every item seen, oldest first. Stops early (returning what it has) when `env.signal` aborts.
 */
export async function scrollCollect<T>(env: CaptureEnv, o: ScrollCollectOptions<T>): Promise<T[]> {
  const sleep = env.sleep ?? defaultSleep;
  const ordered: string[] = [];
  const byKey = new Map<string, T>();
  const merge = () => {
    const items = o.read();
    const firstKnown = items.findIndex((i) => byKey.has(i.key));
    const before: string[] = [];
    items.forEach((item, idx) => {
      if (byKey.has(item.key)) return;
      byKey.set(item.key, item.value);
      // Unknown items above the first known one are older (prepend); below it, newly arrived.
      if (firstKnown < 0 || idx < firstKnown) before.push(item.key);
      else ordered.push(item.key);
    });
    ordered.unshift(...before);
  };
  merge();
  env.onProgress({ done: ordered.length, note: o.note });
  let quiet = 0;
  const quietRounds = o.quietRounds ?? 8;
  while (!env.signal.aborted && quiet < quietRounds) {
    const scroller = o.scroller();
    if (scroller) {
      scroller.scrollTop = 0;
      // A page already at the top fires no scroll event of its own: lazy loaders listen for one.
      scroller.dispatchEvent(new Event('scroll'));
    }
    await sleep(o.roundMs ?? 250);
    const before = ordered.length;
    merge();
    if (ordered.length > before) {
      quiet = 0;
      env.onProgress({ done: ordered.length, note: o.note });
    } else {
      quiet++;
    }
  }
  return ordered.map((k) => byKey.get(k)!);
}
