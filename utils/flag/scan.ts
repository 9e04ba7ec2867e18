/**
 * Finding numbers in a page's text, uBlock style: a tiny hot path (walk text nodes, run findPhones,
 * which skips non-digits with one comparison a character) and everything else only for the few
 * nodes that hold a number. Work is cut into time slices so no task blocks the page.
 */
import { findPhones } from '../phone';

/** One number written in one text node. */
export interface Occurrence {
  node: Text;
  start: number;
  end: number;
  key: string;
}

// Text in these is not page prose: code, styles, form fields, templates. By localName, which is
// lower case for HTML and SVG alike and, unlike nodeName.toUpperCase(), allocates no string.
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'title', 'head']);

/**
 * Whether `text` may hold a number at all, asked before findPhones. Every number findPhones reports
 * has at least 3 digits, and digits of one number are at most 3 characters apart (its separator
 * stretches are at most 3 long; utils/phone/scan.ts readRun). One regexp search (V8 compiles it to
 * machine code after its first use) costs less than a call into findPhones, whose loops are still
 * cold in V8's interpreter on a fresh page: text without such digits (labels, prose, a lone "5月8日")
 * never enters the scanner. tests/unit/flag.test.ts checks that it never turns away text findPhones
 * finds something in.
 */
export const MAY_HOLD_NUMBER = /[0-9\uff10-\uff19][^0-9\uff10-\uff19]{0,3}[0-9\uff10-\uff19][^0-9\uff10-\uff19]{0,3}[0-9\uff10-\uff19]/;

// Long text nodes are checked before scanning (inline scripts and styles are long and full of digits).
// Short ones are reported as they are: the caller checks readableParent only for the few that hold a
// number the book flags, since asking a text node for its parent makes a wrapper for that element in
// our world, and doing so for every node with a number cost ~5 ms of a 5,000-message page.
const CHECK_FIRST_LENGTH = 256;

/** Whether text directly inside `el` is something the user reads on the page (not typed, not code). */
export function readableParent(el: Element | null): boolean {
  if (!el) return false;
  if (SKIP_TAGS.has(el.localName)) return false;
  // By attribute, not isContentEditable: that getter brings the page's style up to date first.
  const editable = el.closest('[contenteditable]');
  if (editable && editable.getAttribute('contenteditable') !== 'false') return false;
  return el.ownerDocument.designMode !== 'on';
}

/** Hidden text (display:none, visibility:hidden, the `hidden` attribute …) is not flagged. */
export function visibleParent(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { visibilityProperty: true, contentVisibilityAuto: false });
  // Older engines: no box means not rendered.
  return (el as HTMLElement).getClientRects?.().length !== 0;
}

/**
 * A text node longer than this (a log or a plain-text file shown in a <pre>) is scanned in pieces
 * across slices: findPhones over a megabyte at once is a long task on a fresh page.
 */
export const PIECE_LENGTH = 16_384;
// Pieces are cut in the middle of 64 characters without a digit. findPhones looks at most ~17
// characters before a digit run (a label such as "whatsapp", a bracket, a `+`) and ~5 after it (a
// unit, the tail of "1,045"), so a number and everything that decides about it lie within one piece,
// and the pieces together give exactly what one call over the whole text gives.
const CUT_GAP = /[^0-9\uff10-\uff19]{64}/g;

/**
 * Scans text nodes and hands the numbers of each node to `found` (once per node that has any; a node
 * scanned again is reported again, whole, so the caller replaces what it had). Long nodes in
 * unreadable places are skipped; for short nodes the caller checks `readableParent` before showing
 * anything. Resumable: `run(deadline)` works until `performance.now()` passes `deadline` and returns
 * whether anything is left.
 */
export class TextScanner {
  private walkers: TreeWalker[] = [];
  private singles: Text[] = [];
  // The last parent asked about (long nodes only): siblings share it (<pre>…<br>…</pre>); a WeakMap
  // entry for each of thousands of parents would cost more than it saves.
  private lastParent: Element | null = null;
  private lastReadable = false;
  /** A long node being scanned piece by piece. */
  private long: { node: Text; text: string; from: number; found: Occurrence[] } | null = null;

  constructor(
    private readonly found: (node: Text, occurrences: Occurrence[]) => void,
    /** Our own UI: never scanned. */
    private readonly ignore: (n: Node) => boolean = () => false,
    /** Tests cut smaller pieces, to put many cuts next to numbers. */
    private readonly pieceLength = PIECE_LENGTH,
  ) {}

  /** Queue a subtree (or a single text node) for scanning. */
  add(node: Node): void {
    if (this.ignore(node)) return;
    if (node.nodeType === 3) this.singles.push(node as Text);
    else if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) {
      if (node.nodeType === 1 && SKIP_TAGS.has((node as Element).localName)) return;
      const doc = node.ownerDocument ?? (node as Document);
      this.walkers.push(doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */));
    }
  }

  get pending(): boolean {
    return this.walkers.length > 0 || this.singles.length > 0 || this.long !== null;
  }

  private isReadable(el: Element | null): boolean {
    if (!el) return false;
    if (el !== this.lastParent) {
      this.lastParent = el;
      this.lastReadable = readableParent(el) && !this.ignore(el);
    }
    return this.lastReadable;
  }

  private scanNode(node: Text): void {
    const text = node.data;
    if (text.length < 3) return;
    if (text.length >= CHECK_FIRST_LENGTH && !this.isReadable(node.parentElement)) return;
    if (!MAY_HOLD_NUMBER.test(text)) return;
    if (text.length > this.pieceLength) {
      this.long = { node, text, from: 0, found: [] };
      return;
    }
    const matches = findPhones(text);
    if (matches.length === 0) return;
    this.found(node, matches.map((m) => ({ node, start: m.start, end: m.end, key: m.key })));
  }

  /** Scans the long node's next piece; reports the node when its last piece is done. */
  private scanPiece(): void {
    const l = this.long!;
    const { text, from } = l;
    let to = text.length;
    if (to - from > this.pieceLength) {
      CUT_GAP.lastIndex = from + this.pieceLength;
      const gap = CUT_GAP.exec(text);
      // No such gap (digits all the way, a table of numbers): the rest in one call.
      if (gap) to = gap.index + 32;
    }
    for (const m of findPhones(text.slice(from, to))) l.found.push({ node: l.node, start: from + m.start, end: from + m.end, key: m.key });
    l.from = to;
    if (to < text.length) return;
    this.long = null;
    // Changed meanwhile: the mutation observer queues it again, and its new text is scanned whole.
    if (l.found.length && l.node.data === text) this.found(l.node, l.found);
  }

  /** Pieces of the long node until `deadline`; true when it is not finished. */
  private scanLong(deadline: number): boolean {
    while (this.long) {
      this.scanPiece();
      if (this.long && performance.now() > deadline) return true;
    }
    return false;
  }

  /** Scan until `deadline` (performance.now() ms). Returns true when more is left. */
  run(deadline: number): boolean {
    // Readability can change between slices (attributes, designMode): never trust an older answer.
    this.lastParent = null;
    if (this.scanLong(deadline)) return true;
    let count = 0;
    while (this.singles.length) {
      this.scanNode(this.singles.pop()!);
      if (this.long && this.scanLong(deadline)) return true;
      if ((++count & 15) === 0 && performance.now() > deadline) return true;
    }
    while (this.walkers.length) {
      const w = this.walkers[this.walkers.length - 1]!;
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        this.scanNode(n as Text);
        if (this.long && this.scanLong(deadline)) return true;
        if ((++count & 15) === 0 && performance.now() > deadline) return true;
      }
      this.walkers.pop();
    }
    return false;
  }
}
