/**
 * Flagging in one document: scan its text in time slices, look the numbers up in the book (only the
 * keys found, in batches, while scanning goes on), paint flags in our closed layer, watch the page
 * for added text, and show the card on hover or focus.
 *
 * The hot paths stay tiny: the MutationObserver callback only queues added nodes; pointer moves only
 * store a point for the next animation frame. Everything else runs in slices of SLICE_MS when the
 * page is idle, and only over text that was added — the page is never rescanned for a mutation.
 */
import type { NumberStatus } from '../store/types';
import { CARD_CSS, FlagCard, type CardActions, type CardInfo } from './card';
import { FlagPainter, LAYER_CSS, type Mark } from './paint';
import { readableParent, TextScanner, visibleParent, type Occurrence } from './scan';

export const SLICE_MS = 6;
/**
 * Book lookups go out at most this often while a pass scans (and always when it ends). Each
 * `runtime.sendMessage` costs the page's main thread ~2 ms of its own (serialising, the polyfill's
 * promise plumbing, the reply), so one per 6 ms slice spent ~45 ms of a 5,000-message page on
 * messaging alone; answers are still awaited in parallel with scanning, never per slice.
 */
export const LOOKUP_EVERY_MS = 60;
/** How far outside the window a flag counts as near it (laid out, so it is in place when scrolled to). */
const NEAR_MARGIN_PX = 300;
/** Newly flagged elements placed by their own rect in one layout pass; more wait for the observer. */
const PLACE_DIRECTLY_MAX = 1000;

/**
 * A zero-size, non-interactive host at the document's origin; its closed root holds everything.
 * Set before the host enters the page, so the page observes one insertion and nothing else.
 */
export const HOST_STYLE =
  'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646; pointer-events: none; display: block;';

export interface LookupResult {
  enabled: boolean;
  entries: CardInfo[];
}

export interface FlagEnv {
  doc: Document;
  /** Mounts our host (styled with HOST_STYLE) and closed shadow root (utils/ui/shadow.ts in the extension). */
  mount: (css: string) => { host: HTMLElement; container: HTMLElement; remove: () => void };
  lookup: (keys: string[]) => Promise<LookupResult>;
  report: (flags: Array<{ key: string; status: NumberStatus }>) => void;
  actions: CardActions;
}

/** Timings for benchmarks and tests, kept in the content script's own world (never the page's). */
export interface FlagStats {
  startedAt: number;
  /** When the first full pass (scan + lookups + paint) finished. */
  firstPaintAt?: number;
  numbersFound: number;
  boxes: number;
  /** Main-thread ms spent by this script (all slices, observer callbacks, layouts). */
  busyMs: number;
  /** Busy ms since the last mutation batch began (the "append 100 messages" cost). */
  batchBusyMs: number;
  batchDoneAt?: number;
  longestSliceMs: number;
  /** Where the busy time went. */
  scanMs: number;
  layoutMs: number;
  layouts: number;
  lookups: number;
}

type Yield = (fn: () => void) => void;

function makeYield(): Yield {
  // A message-channel task runs right after pending input and rendering, without setTimeout's clamping.
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}

export class FlagController {
  readonly stats: FlagStats;
  private readonly win: Window;
  private readonly host: HTMLElement;
  private readonly remove: () => void;
  private readonly painter: FlagPainter;
  private readonly card: FlagCard;
  private readonly scanner: TextScanner;
  private readonly yieldTask: Yield;
  /** Numbers of each scanned text node. */
  private readonly occ = new Map<Text, Occurrence[]>();
  /** Book answers: flag info, or null for "not flagged". Absent: not asked yet. */
  private readonly info = new Map<string, CardInfo | null>();
  /**
   * Keys not answered yet (asked, or to be asked), with the text nodes that hold them: an answer
   * repaints just those nodes. Answered keys leave, so this holds only what is in flight.
   */
  private readonly waiting = new Map<string, Text[]>();
  private newKeys: string[] = [];
  private marks: Mark[] = [];
  /** Marks per text node; rebuilt only for the nodes that changed (dirtyNodes) unless allDirty. */
  private readonly marksByNode = new Map<Text, Mark[]>();
  private readonly dirtyNodes = new Set<Text>();
  private allDirty = false;
  private get marksDirty(): boolean {
    return this.allDirty || this.dirtyNodes.size > 0;
  }
  private queued: Node[] = [];
  private pumping = false;
  private idleScheduled = false;
  private layoutScheduled = false;
  private pendingLookups = 0;
  private lastLookupAt = 0;
  private prune = false;
  private reportTimer = 0;
  private lastReport = '';
  private observer: MutationObserver;
  /** Parents of flagged text near the viewport: only their flags are laid out. */
  private readonly near = new Set<Element>();
  private readonly watched = new WeakSet<Element>();
  /** Watched elements the IntersectionObserver has not reported on yet: their flags are not shown. */
  private readonly unreported = new Set<Element>();
  private readonly io: Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
  private stopped = false;
  private pointer: { x: number; y: number } | null = null;
  private hoverTimer = 0;
  private hideTimer = 0;
  private readonly listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [];

  constructor(private readonly env: FlagEnv) {
    const { doc } = env;
    this.win = doc.defaultView!;
    this.stats = { startedAt: this.win.performance.now(), numbersFound: 0, boxes: 0, busyMs: 0, batchBusyMs: 0, longestSliceMs: 0, scanMs: 0, layoutMs: 0, layouts: 0, lookups: 0 };
    const mounted = env.mount(LAYER_CSS + CARD_CSS);
    this.host = mounted.host;
    this.remove = mounted.remove;
    const layer = doc.createElement('div');
    layer.className = 'layer';
    mounted.container.append(layer);
    this.painter = new FlagPainter(layer, this.host);
    this.card = new FlagCard(mounted.container, env.actions, (key, status) => this.changed(key, status), () => this.closeCard(true));
    this.scanner = new TextScanner(
      (node, found) => this.found(node, found),
      (n) => n === this.host,
    );
    this.yieldTask = makeYield();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    // The browser tells us which flagged elements are on screen (scroll boxes' clipping included), so
    // a layout pass measures only those, however many flags a long page has.
    this.io = typeof IntersectionObserver === 'undefined'
      ? // Without it (old engines, test DOMs) every flagged element counts as near the viewport.
        { observe: (el: Element) => void (this.near.add(el), this.unreported.delete(el)), unobserve: (el: Element) => void this.near.delete(el), disconnect: () => undefined }
      : new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const e of entries) {
          if (this.unreported.delete(e.target) || this.near.has(e.target) !== e.isIntersecting) changed = true;
          if (e.isIntersecting) this.near.add(e.target);
          else this.near.delete(e.target);
        }
        // The first report on an element a layout already placed usually agrees with it.
        if (!changed || (this.pumping && this.stats.firstPaintAt === undefined)) return;
        // Observations are delivered right after the browser rendered a frame, when the page's
        // layout is up to date: lay out now (reading rects costs nothing extra) rather than a frame later.
        this.runLayout();
      },
      { rootMargin: `${NEAR_MARGIN_PX}px` },
    );
  }

  start(): void {
    const { doc } = this.env;
    this.observer.observe(doc, { childList: true, subtree: true, characterData: true });
    this.scanner.add(doc.body ?? doc.documentElement);
    this.pump();
    const on = (target: EventTarget, type: string, fn: EventListener, opts: AddEventListenerOptions = { capture: true, passive: true }) => {
      target.addEventListener(type, fn, opts);
      this.listeners.push([target, type, fn, opts]);
    };
    on(doc, 'scroll', () => {
      // A card opened by hover belongs to where the number was: it goes when the page scrolls.
      if (this.card.open && !this.focusedFrom) this.closeCard(false);
      this.scheduleLayout();
    });
    on(this.win, 'resize', () => this.scheduleLayout(true));
    on(doc, 'pointermove', (e) => this.onPointer(e as PointerEvent));
    on(doc, 'focusin', (e) => this.onFocus(e as FocusEvent));
    on(doc, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    const fonts = (doc as Document & { fonts?: { ready: Promise<unknown> } }).fonts;
    void fonts?.ready.then(() => this.scheduleLayout());
  }

  /** Stop everything and leave no trace in the page (used when flagging is switched off). */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.io.disconnect();
    for (const [t, type, fn, opts] of this.listeners) t.removeEventListener(type, fn, opts);
    this.listeners.length = 0;
    this.remove();
    this.env.report([]);
  }

  /** What is painted now (for tests and benchmarks, which read it from this script's own world). */
  snapshot(): { stats: FlagStats; boxes: Array<{ key: string; status: NumberStatus; left: number; top: number; right: number; bottom: number }>; cardOpen: boolean; card: ReturnType<FlagCard['describe']> } {
    return {
      stats: { ...this.stats },
      boxes: this.painter.painted.map((b) => ({ key: b.mark.key, status: b.mark.status, left: b.left, top: b.top, right: b.right, bottom: b.bottom })),
      cardOpen: this.card.open,
      card: this.card.describe(),
    };
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  // ---- scanning ---------------------------------------------------------------------------------

  private timed<T>(fn: () => T): T {
    const t0 = this.win.performance.now();
    try {
      return fn();
    } finally {
      const dt = this.win.performance.now() - t0;
      this.stats.busyMs += dt;
      this.stats.batchBusyMs += dt;
      if (dt > this.stats.longestSliceMs) this.stats.longestSliceMs = dt;
    }
  }

  private found(node: Text, found: Occurrence[]): void {
    this.stats.numbersFound += found.length;
    if (this.marksByNode.has(node)) this.dirtyNodes.add(node);
    this.occ.set(node, found);
    for (const o of found) {
      const known = this.info.get(o.key);
      if (known) this.dirtyNodes.add(node);
      else if (known === undefined) {
        // Most numbers on a page are not in the book: one array per key asked, nothing per answer.
        const nodes = this.waiting.get(o.key);
        if (nodes) nodes.push(node);
        else {
          this.waiting.set(o.key, [node]);
          this.newKeys.push(o.key);
        }
      }
    }
  }

  private pump = (): void => {
    if (this.stopped) return;
    this.pumping = true;
    const more = this.timed(() => {
      const t0 = this.win.performance.now();
      const m = this.scanner.run(t0 + SLICE_MS);
      const now = this.win.performance.now();
      this.stats.scanMs += now - t0;
      if (!m || now - this.lastLookupAt >= LOOKUP_EVERY_MS) {
        this.lastLookupAt = now;
        this.flushLookups();
      }
      return m;
    });
    if (more) this.yieldTask(this.pump);
    else {
      this.pumping = false;
      this.afterPass();
    }
  };

  private flushLookups(): void {
    if (this.newKeys.length === 0) return;
    const keys = this.newKeys;
    this.newKeys = [];
    this.pendingLookups++;
    this.stats.lookups++;
    this.env.lookup(keys).then(
      (res) => this.timed(() => this.onLookup(keys, res)),
      () => {
        // The background could not answer (extension reloaded): forget, a later refresh asks again.
        for (const k of keys) this.waiting.delete(k);
        this.pendingLookups--;
      },
    );
  }

  private onLookup(keys: string[], res: LookupResult): void {
    this.pendingLookups--;
    if (this.stopped) return;
    if (!res.enabled) {
      this.stop();
      return;
    }
    const byKey = new Map(res.entries.map((e) => [e.key, e]));
    for (const k of keys) {
      const e = byKey.get(k) ?? null;
      this.info.set(k, e);
      const nodes = this.waiting.get(k);
      this.waiting.delete(k);
      // A node that no longer holds the key (rescanned, removed) only gets its marks rebuilt.
      if (e && nodes) for (const n of nodes) this.dirtyNodes.add(n);
    }
    // The answer that completes the first pass: paint now rather than after the next frame. Its
    // rect reads may bring the page's layout up to date early, once per page load.
    if (!this.pumping && this.pendingLookups === 0 && this.stats.firstPaintAt === undefined && this.marksDirty) {
      this.runLayout();
      return;
    }
    this.afterPass();
  }

  /** Called when a scan pass or a lookup finished: paint and report if everything is in. */
  private afterPass(): void {
    if (this.marksDirty) this.scheduleLayout();
    if (!this.pumping && this.pendingLookups === 0) {
      this.scheduleReport();
      if (!this.marksDirty && this.unreported.size === 0) {
        this.stats.firstPaintAt ??= this.win.performance.now();
        this.stats.batchDoneAt ??= this.win.performance.now();
      }
    }
  }

  private onMutations(records: MutationRecord[]): void {
    this.timed(() => {
      if (!this.pumping && !this.idleScheduled && this.queued.length === 0) {
        this.stats.batchBusyMs = 0;
        this.stats.batchDoneAt = undefined;
      }
      for (const r of records) {
        if (r.type === 'characterData') this.queued.push(r.target);
        else {
          if (r.target === this.host) continue;
          for (let i = 0; i < r.addedNodes.length; i++) {
            const n = r.addedNodes[i]!;
            if (n !== this.host) this.queued.push(n);
          }
          if (r.removedNodes.length) this.prune = true;
        }
      }
    });
    // Layout may have shifted under existing flags.
    if (this.marks.length) this.scheduleLayout();
    this.scheduleIdle();
  }

  private scheduleIdle(): void {
    if (this.idleScheduled || this.queued.length === 0) return;
    this.idleScheduled = true;
    const run = () => {
      this.idleScheduled = false;
      this.timed(() => this.takeQueued());
      if (!this.pumping) this.pump();
    };
    const ric = (this.win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric.call(this.win, run, { timeout: 150 });
    else this.win.setTimeout(run, 30);
  }

  private takeQueued(): void {
    const nodes = this.queued;
    this.queued = [];
    for (const n of nodes) {
      if (!n.isConnected) continue;
      if (n.nodeType === 3) {
        if (this.occ.delete(n as Text) && this.marksByNode.has(n as Text)) this.dirtyNodes.add(n as Text);
      }
      this.scanner.add(n);
    }
    if (this.prune) {
      this.prune = false;
      for (const [node, list] of this.occ) {
        if (node.isConnected) continue;
        this.occ.delete(node);
        const parent = node.parentElement;
        if (parent && !parent.isConnected) {
          this.io.unobserve(parent);
          this.watched.delete(parent);
          this.near.delete(parent);
          this.unreported.delete(parent);
        }
        if (this.marksByNode.has(node)) this.dirtyNodes.add(node);
      }
    }
  }

  // ---- painting ---------------------------------------------------------------------------------

  private scheduleLayout(stylesChanged = false): void {
    if (stylesChanged) this.painter.forgetStyles();
    if (this.layoutScheduled || this.stopped) return;
    // The first pass over a page paints once, at its end: each layout pass forces the page's layout.
    if (this.pumping && this.stats.firstPaintAt === undefined) return;
    this.layoutScheduled = true;
    // Measure right after the browser has rendered a frame: its layout is then up to date, so reading
    // rects costs nothing extra, where reading them in requestAnimationFrame would force the page's
    // layout early (and be charged for work the page caused).
    this.win.requestAnimationFrame(() =>
      this.yieldTask(() => {
        this.layoutScheduled = false;
        this.runLayout();
      }),
    );
  }

  private runLayout(): void {
    if (this.stopped) return;
    this.timed(() => {
      const t0 = this.win.performance.now();
      this.layout();
      this.stats.layoutMs += this.win.performance.now() - t0;
      this.stats.layouts++;
    });
  }

  /** `shown`: per parent, whether its text is readable (not typed, not code) and visible. */
  private nodeMarks(node: Text, shown: Map<Element, boolean>): void {
    const list = node.isConnected ? this.occ.get(node) : undefined;
    const parent = node.parentElement;
    const marks: Mark[] = [];
    if (list && parent) {
      for (const o of list) {
        const i = this.info.get(o.key);
        if (!i) continue;
        let v = shown.get(parent);
        if (v === undefined) {
          // Asked only here, for the few nodes holding a number the book flags (TextScanner).
          v = readableParent(parent) && visibleParent(parent);
          shown.set(parent, v);
        }
        if (!v) break;
        marks.push({ node, parent, start: o.start, end: o.end, key: o.key, status: i.status });
      }
    }
    if (marks.length === 0) {
      this.marksByNode.delete(node);
      return;
    }
    this.marksByNode.set(node, marks);
    if (!this.watched.has(parent!)) {
      this.watched.add(parent!);
      this.unreported.add(parent!);
      this.io.observe(parent!);
    }
  }

  private rebuildMarks(): void {
    const shown = new Map<Element, boolean>();
    if (this.allDirty) {
      this.marksByNode.clear();
      for (const node of this.occ.keys()) this.nodeMarks(node, shown);
    } else for (const node of this.dirtyNodes) this.nodeMarks(node, shown);
    this.allDirty = false;
    this.dirtyNodes.clear();
    const marks: Mark[] = [];
    for (const list of this.marksByNode.values()) for (const m of list) marks.push(m);
    this.marks = marks;
  }

  /**
   * Newly flagged elements the IntersectionObserver has not reported on yet are placed once by their
   * own rect, so their flags show in this pass rather than after the observer's first report, a
   * frame later. Generous: anything within the margin of the window counts as near (a scroll box
   * may clip it; the painter clips boxes, and the observer's report corrects it).
   */
  private placeUnreported(): void {
    let budget = PLACE_DIRECTLY_MAX;
    const m = NEAR_MARGIN_PX;
    const w = this.win.innerWidth;
    const h = this.win.innerHeight;
    for (const el of this.unreported) {
      if (budget-- === 0) break;
      this.unreported.delete(el);
      const r = el.getBoundingClientRect();
      if (r.bottom >= -m && r.top <= h + m && r.right >= -m && r.left <= w + m) this.near.add(el);
      else this.near.delete(el);
    }
  }

  private layout(): void {
    if (this.marksDirty) this.rebuildMarks();
    if (this.unreported.size) this.placeUnreported();
    const band = { top: -NEAR_MARGIN_PX, bottom: this.win.innerHeight + NEAR_MARGIN_PX };
    const boxes = this.painter.layout(this.marks.filter((m) => this.near.has(m.parent)), band);
    this.stats.boxes = boxes.length;
    if (!this.pumping && this.pendingLookups === 0 && this.unreported.size === 0) {
      const now = this.win.performance.now();
      this.stats.firstPaintAt ??= now;
      this.stats.batchDoneAt ??= now;
      this.scheduleReport();
    }
  }

  // ---- badge report -----------------------------------------------------------------------------

  private scheduleReport(): void {
    if (this.reportTimer) return;
    this.reportTimer = this.win.setTimeout(() => {
      this.reportTimer = 0;
      if (this.stopped) return;
      this.timed(() => this.sendReport());
    }, 120);
  }

  private sendReport(): void {
    {
      if (this.marksDirty) {
        this.rebuildMarks();
        this.scheduleLayout();
      }
      const flags = new Map<string, NumberStatus>();
      for (const [node, list] of this.marksByNode) {
        if (!node.isConnected) continue;
        for (const m of list) flags.set(m.key, m.status);
      }
      // Sorted only so that the same set gives the same signature: code units, not the (slow) collator.
      const out = [...flags].map(([key, status]) => ({ key, status })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const sig = JSON.stringify(out);
      if (sig === this.lastReport) return;
      this.lastReport = sig;
      this.env.report(out);
    }
  }

  // ---- book changes -----------------------------------------------------------------------------

  /** The book changed elsewhere (dashboard, popup, another tab): ask again about every key seen. */
  async refresh(): Promise<void> {
    if (this.stopped) return;
    const keys = new Set<string>();
    for (const [node, list] of this.occ) if (node.isConnected) for (const o of list) keys.add(o.key);
    const res = await this.env.lookup([...keys]);
    if (this.stopped) return;
    if (!res.enabled) return this.stop();
    const byKey = new Map(res.entries.map((e) => [e.key, e]));
    for (const k of keys) this.info.set(k, byKey.get(k) ?? null);
    this.allDirty = true;
    this.scheduleLayout();
    this.scheduleReport();
    const open = this.card.key;
    if (open) {
      const i = this.info.get(open);
      if (i) this.reshowCard(i);
    }
  }

  /** A card action changed a number: recolour at once, then re-check with the book. */
  private changed(key: string, status?: NumberStatus): void {
    const i = this.info.get(key);
    if (i && status) {
      const next = { ...i, status };
      this.info.set(key, next);
      this.reshowCard(next);
    }
    this.allDirty = true;
    this.scheduleLayout();
    this.scheduleReport();
  }

  // ---- card -------------------------------------------------------------------------------------

  private cardAnchor: { left: number; top: number; bottom: number } | null = null;

  private reshowCard(i: CardInfo): void {
    if (!this.cardAnchor) return;
    this.card.show(i, this.cardAnchor);
  }

  private openCard(mark: Mark, anchor: { left: number; top: number; bottom: number }): void {
    const i = this.info.get(mark.key);
    if (!i) return;
    this.cardAnchor = anchor;
    this.card.show(i, anchor);
  }

  private closeCard(returnFocus: boolean): void {
    this.card.hide();
    this.cardAnchor = null;
    if (returnFocus && this.focusedFrom?.isConnected) {
      this.quietFocus = this.focusedFrom;
      (this.focusedFrom as HTMLElement).focus?.();
    }
    this.focusedFrom = null;
  }

  private onPointer(e: PointerEvent): void {
    const first = this.pointer === null;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (!first && this.hoverPending) return;
    this.hoverPending = true;
    this.win.requestAnimationFrame(() => {
      this.hoverPending = false;
      this.timed(() => this.checkHover());
    });
  }

  private hoverPending = false;

  private checkHover(): void {
    const p = this.pointer;
    if (!p) return;
    if (this.card.contains(p.x, p.y)) {
      this.win.clearTimeout(this.hideTimer);
      this.hideTimer = 0;
      return;
    }
    const box = this.painter.hit(p.x, p.y);
    this.win.clearTimeout(this.hoverTimer);
    if (box) {
      this.win.clearTimeout(this.hideTimer);
      this.hideTimer = 0;
      if (this.card.key === box.mark.key) return;
      this.hoverTimer = this.win.setTimeout(() => this.openCard(box.mark, box), 250);
    } else if (this.card.open && !this.focusedFrom && !this.hideTimer) {
      this.hideTimer = this.win.setTimeout(() => {
        this.hideTimer = 0;
        this.closeCard(false);
      }, 350);
    }
  }

  private focusedFrom: Element | null = null;

  /** The element focus was handed back to after Escape: it must not reopen the card at once. */
  private quietFocus: Element | null = null;

  private onFocus(e: FocusEvent): void {
    const target = e.target as Element | null;
    if (!target || target === this.host) return;
    if (target === this.quietFocus) return;
    this.quietFocus = null;
    const box = this.painter.painted.find((b) => target.contains(b.mark.node));
    if (box) {
      this.focusedFrom = target;
      this.openCard(box.mark, box);
    } else if (this.focusedFrom) this.closeCard(false);
  }

  private onKey(e: KeyboardEvent): void {
    if (!(e.altKey && e.shiftKey && (e.key === 'K' || e.key === 'k' || e.code === 'KeyK'))) return;
    if (!this.card.open) return;
    e.preventDefault();
    this.card.focus();
  }
}
