/**
 * Paints flags as boxes in a layer of our own, inside a closed shadow root, laid over the page's text.
 *
 * Why not the CSS Custom Highlight API: in Chromium the highlight registry belongs to the document,
 * not to the script's world — a page script can list `CSS.highlights` and read every range a content
 * script registered (tests/e2e/flag.e2e.test.mjs checks this against the browser), so highlights
 * would tell the page which numbers the user has flagged. Wrapping numbers in elements would tell it
 * too, and rewrites the page's DOM under its framework. The boxes here live where page scripts can't
 * reach: the page sees one empty host element, the same on every page, flags or not.
 */
import type { NumberStatus } from '../store/types';

export interface Mark {
  node: Text;
  /** The node's parent when the mark was made: what the IntersectionObserver watches for it. */
  parent: Element;
  start: number;
  end: number;
  key: string;
  status: NumberStatus;
}

/** One painted box, in client coordinates at the time of the last layout. */
export interface Box {
  mark: Mark;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const STATUS_COLOURS: Record<Exclude<NumberStatus, 'unknown'>, string> = {
  collector: '#d92d20',
  suspected: '#f79009',
  safe: '#12b76a',
};

export const LAYER_CSS = `
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.b { position: absolute; pointer-events: none; box-sizing: border-box; border-radius: 2px;
  mix-blend-mode: multiply; border-bottom: 2px solid; }
.b.collector { background: rgba(217, 45, 32, 0.16); border-color: ${STATUS_COLOURS.collector}; }
.b.suspected { background: rgba(247, 144, 9, 0.18); border-color: ${STATUS_COLOURS.suspected}; border-bottom-style: dashed; }
.b.safe { background: rgba(18, 183, 106, 0.14); border-color: ${STATUS_COLOURS.safe}; border-bottom-style: dotted; }
@media (forced-colors: active) { .b { border-bottom: 2px solid Highlight; background: none; } }
`;

const CLIPPING = /(auto|scroll|hidden|clip)/;

/**
 * More marks than this in one text node (a long <pre>, a plain-text page) are narrowed down to those
 * near the window by bisection before measuring: the IntersectionObserver sees only the node's parent,
 * which is near as soon as any part of it is, and measuring 400 ranges in a 1 MB <pre> took 60–100 ms.
 */
const BISECT_FROM = 32;

/** Client y band (the window and its margin) whose marks are measured. */
export interface Band {
  top: number;
  bottom: number;
}

export class FlagPainter {
  private boxes: Box[] = [];
  private pool: HTMLElement[] = [];
  private used = 0;
  private clipCache = new WeakMap<Element, Element[]>();
  private flowCache = new WeakMap<Element, boolean>();
  private range: Range;

  constructor(
    private readonly layer: HTMLElement,
    /** The element the layer is positioned in: its client rect is the layer's origin. */
    private readonly origin: HTMLElement,
  ) {
    this.range = layer.ownerDocument.createRange();
  }

  /** Ancestors that clip their content (scroll boxes), nearest first; cached per element. */
  private clippers(el: Element | null): Element[] {
    if (!el || el === el.ownerDocument.documentElement || el === el.ownerDocument.body) return [];
    const have = this.clipCache.get(el);
    if (have) return have;
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    const own = CLIPPING.test(style.overflowX) || CLIPPING.test(style.overflowY);
    const list = own ? [el, ...this.clippers(el.parentElement)] : this.clippers(el.parentElement);
    this.clipCache.set(el, list);
    return list;
  }

  /**
   * Whether later text in `el` lies further down the page: horizontal writing and no multi-column
   * layout on it or an ancestor. Only then may its marks be bisected by their rects. Cached per element.
   */
  private flowsDown(el: Element | null): boolean {
    if (!el) return true;
    const have = this.flowCache.get(el);
    if (have !== undefined) return have;
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    const columns = (v: string) => v !== '' && v !== 'auto';
    const own = !/^(vertical|sideways)/.test(style.writingMode) && !columns(style.columnCount) && !columns(style.columnWidth);
    const flows = own && this.flowsDown(el.parentElement);
    this.flowCache.set(el, flows);
    return flows;
  }

  private markRect(mark: Mark): DOMRect {
    this.range.setStart(mark.node, mark.start);
    this.range.setEnd(mark.node, mark.end);
    return this.range.getBoundingClientRect();
  }

  /**
   * Of `marks[from..to)`, all in one text node and in order, the ones within `band`, as [first, end).
   * Later text in a node lies further down the page (in horizontal writing and one column: the caller
   * checks `flowsDown`), so two bisections measure about 2·log2(n) marks instead of n.
   */
  private within(marks: Mark[], from: number, to: number, band: Band): [number, number] {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.markRect(marks[mid]!).bottom < band.top) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.markRect(marks[mid]!).top <= band.bottom) lo = mid + 1;
      else hi = mid;
    }
    return [first, lo];
  }

  /** `marks` with each long run of marks in one text node narrowed to those within `band`. */
  private nearBand(marks: Mark[], band: Band): Mark[] {
    const out: Mark[] = [];
    for (let k = 0; k < marks.length; ) {
      const { node } = marks[k]!;
      let end = k + 1;
      while (end < marks.length && marks[end]!.node === node) end++;
      let [first, stop] = [k, end];
      if (end - k > BISECT_FROM && node.isConnected && node.data.length >= marks[end - 1]!.end && this.flowsDown(node.parentElement)) {
        [first, stop] = this.within(marks, k, end, band);
      }
      for (let i = first; i < stop; i++) out.push(marks[i]!);
      k = end;
    }
    return out;
  }

  /**
   * Lays the boxes out for `marks` (reading layout once, then writing). Returns the boxes drawn.
   * With a `band`, long runs of marks in one text node are narrowed to those within it.
   */
  layout(marks: Mark[], band?: Band): Box[] {
    const todo = band ? this.nearBand(marks, band) : marks;
    const boxes: Box[] = [];
    const clipRects = new Map<Element, DOMRect>();
    const o = this.origin.getBoundingClientRect();
    for (const mark of todo) {
      const { node } = mark;
      if (!node.isConnected || node.data.length < mark.end) continue;
      this.range.setStart(node, mark.start);
      this.range.setEnd(node, mark.end);
      const rects = this.range.getClientRects();
      if (rects.length === 0) continue;
      let cl = -Infinity;
      let ct = -Infinity;
      let cr = Infinity;
      let cb = Infinity;
      for (const c of this.clippers(node.parentElement)) {
        let r = clipRects.get(c);
        if (!r) {
          r = c.getBoundingClientRect();
          clipRects.set(c, r);
        }
        cl = Math.max(cl, r.left);
        ct = Math.max(ct, r.top);
        cr = Math.min(cr, r.right);
        cb = Math.min(cb, r.bottom);
      }
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i]!;
        const left = Math.max(r.left, cl);
        const top = Math.max(r.top, ct);
        const right = Math.min(r.right, cr);
        const bottom = Math.min(r.bottom, cb);
        if (right - left < 1 || bottom - top < 1) continue;
        boxes.push({ mark, left, top, right, bottom });
      }
    }
    // Writes after all reads: one layout per pass.
    this.used = 0;
    const doc = this.layer.ownerDocument;
    for (const b of boxes) {
      let el = this.pool[this.used];
      if (!el) {
        el = doc.createElement('i');
        this.pool.push(el);
        this.layer.append(el);
      }
      this.used++;
      el.className = `b ${b.mark.status}`;
      el.style.cssText = `left:${b.left - o.left}px;top:${b.top - o.top}px;width:${b.right - b.left}px;height:${b.bottom - b.top}px`;
    }
    for (let i = this.used; i < this.pool.length; i++) this.pool[i]!.style.cssText = 'display:none';
    // Keep a bounded pool: drop spare boxes when a page's flags shrink a lot.
    if (this.pool.length > this.used * 2 + 64) {
      for (const el of this.pool.splice(this.used + 64)) el.remove();
    }
    this.boxes = boxes;
    return boxes;
  }

  /** Layout changed under us (scroll box resized, class toggled): forget cached clip ancestors. */
  forgetStyles(): void {
    this.clipCache = new WeakMap();
  }

  /** The box under a client point, if any (boxes are as of the last layout). */
  hit(x: number, y: number): Box | undefined {
    for (const b of this.boxes) if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return b;
    return undefined;
  }

  get painted(): readonly Box[] {
    return this.boxes;
  }
}
