/**
 * Step 1: collect every fillable control on the page with the hints that say what it is for — label
 * elements, aria labels, placeholders, names/ids and the text just before it — looking into
 * same-origin iframes and open shadow roots. Works on forms it has never seen.
 *
 * Cross-realm safe: frames have their own `HTMLInputElement`, so elements are told apart by tag name,
 * never by `instanceof`.
 */
import type { CollectedField, ControlKind, FieldHints, FieldOption } from './types';

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'SVG']);
const HINT_MAX = 60;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Text of an element without the text of controls inside it (a label wrapping a select, say). */
export function ownText(el: Element, max = 200): string {
  let out = '';
  const walk = (n: Node) => {
    if (out.length > max) return;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !SKIP_TEXT.has((n as Element).tagName.toUpperCase())) {
      for (const c of Array.from(n.childNodes)) walk(c);
    }
  };
  walk(el);
  return clean(out).slice(0, max);
}

function byId(root: Document | ShadowRoot, id: string): Element | null {
  if (!id) return null;
  try {
    return root.querySelector(`#${CSS.escape(id)}`);
  } catch {
    return (root as Document).getElementById?.(id) ?? null;
  }
}

function labelText(el: HTMLElement, root: Document | ShadowRoot): string {
  const parts: string[] = [];
  const id = el.getAttribute('id');
  if (id) {
    const esc = id.replace(/["\\]/g, '\\$&');
    for (const l of Array.from(root.querySelectorAll(`label[for="${esc}"]`))) parts.push(ownText(l));
  }
  const wrap = el.closest('label');
  if (wrap) parts.push(ownText(wrap));
  const by = el.getAttribute('aria-labelledby');
  if (by) for (const ref of by.split(/\s+/)) { const t = byId(root, ref); if (t) parts.push(ownText(t)); }
  return clean(parts.filter(Boolean).join(' ')).slice(0, HINT_MAX);
}

/** The closest text before the element: a table cell, a div or span used as a label, a legend. */
export function nearbyText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      let text = '';
      if (sib.nodeType === 3) text = clean(sib.nodeValue);
      else if (sib.nodeType === 1) {
        const tag = (sib as Element).tagName.toUpperCase();
        // Another control before us: its text belongs to it, not to us.
        if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') break;
        if ((sib as Element).querySelector?.('input:not([type=hidden]),select,textarea')) break;
        text = ownText(sib as Element);
      }
      if (text) return text.slice(-HINT_MAX);
    }
    const parent: Element | null = node.parentElement;
    if (!parent || parent.tagName === 'FORM' || parent.tagName === 'BODY') break;
    const legend = parent.tagName === 'FIELDSET' ? parent.querySelector(':scope > legend') : null;
    if (legend) return ownText(legend).slice(0, HINT_MAX);
    node = parent;
  }
  return '';
}

function isHidden(el: HTMLElement): boolean {
  for (let n: HTMLElement | null = el; n; n = n.parentElement) {
    if (n.hidden) return true;
    const style = n.getAttribute('style') ?? '';
    if (/display\s*:\s*none/i.test(style)) return true;
  }
  const view = el.ownerDocument?.defaultView;
  try {
    const cs = view?.getComputedStyle(el);
    if (cs && (cs.display === 'none' || cs.visibility === 'hidden')) return true;
  } catch {
    // detached or foreign element: treat as visible
  }
  return false;
}

function hintsOf(el: HTMLElement, root: Document | ShadowRoot): FieldHints {
  return {
    label: labelText(el, root),
    aria: clean(el.getAttribute('aria-label')).slice(0, HINT_MAX),
    placeholder: clean(el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder')).slice(0, HINT_MAX),
    name: clean(el.getAttribute('name')),
    id: clean(el.getAttribute('id')),
    nearby: nearbyText(el),
    title: clean(el.getAttribute('title')).slice(0, HINT_MAX),
    type: (el.getAttribute('type') ?? '').toLowerCase(),
  };
}

function kindOf(el: HTMLElement): ControlKind | null {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'SELECT') return 'select';
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (['hidden', 'submit', 'button', 'reset', 'image', 'range', 'color'].includes(type)) return null;
    if (type === 'radio') return 'radio';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'file') return 'file';
    return 'text';
  }
  if (el.isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return 'editable';
  if (el.getAttribute('role') === 'textbox') return 'editable';
  return null;
}

const CONTROL_SELECTOR = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]';

/** Group label for radio / checkbox groups: a legend, aria-label on a radiogroup, or the text before the group. */
function groupLabel(first: HTMLElement, members: HTMLElement[]): { label: string; nearby: string; aria: string } {
  const group = first.closest('[role="radiogroup"], [role="group"], fieldset');
  const aria = clean(group?.getAttribute('aria-label'));
  const legend = group?.tagName === 'FIELDSET' ? ownText(group.querySelector('legend') ?? group, HINT_MAX) : '';
  // The text before the group's common container: climb from the first member until the container holds all.
  let container: Element | null = first.parentElement;
  while (container && !members.every((m) => container!.contains(m))) container = container.parentElement;
  const nearby = container ? nearbyText(container) : '';
  return { label: legend, nearby, aria };
}

function optionsOfSelect(sel: HTMLSelectElement): FieldOption[] {
  return Array.from(sel.options).map((o) => ({ label: clean(o.textContent), value: o.value, el: o }));
}

/** Every element-hosting root on the page: the document, open shadow roots, same-origin iframes. */
function* roots(doc: Document, where = 'page', depth = 0): Generator<{ root: Document | ShadowRoot; where: string }> {
  if (depth > 5) return;
  yield { root: doc, where };
  yield* shadowRoots(doc, where, depth);
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin: not ours to read
    }
    if (inner?.documentElement) yield* roots(inner, `${where}>frame`, depth + 1);
  }
}

function* shadowRoots(root: Document | ShadowRoot, where: string, depth: number): Generator<{ root: ShadowRoot; where: string }> {
  if (depth > 5) return;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const sr = (el as HTMLElement).shadowRoot;
    if (sr) {
      yield { root: sr, where: `${where}>shadow` };
      yield* shadowRoots(sr, `${where}>shadow`, depth + 1);
    }
  }
}

export interface CollectOptions {
  /** Elements to leave out (Anning's own panel host). */
  exclude?: (el: Element) => boolean;
}

export function collectFields(doc: Document, opts: CollectOptions = {}): CollectedField[] {
  const out: CollectedField[] = [];
  const seenGroups = new Set<string>();
  for (const { root, where } of roots(doc)) {
    for (const node of Array.from(root.querySelectorAll(CONTROL_SELECTOR))) {
      const el = node as HTMLElement;
      if (opts.exclude?.(el)) continue;
      const kind = kindOf(el);
      if (!kind) continue;
      // A contenteditable inside another contenteditable is part of the same editor.
      if (kind === 'editable' && el.parentElement?.closest('[contenteditable=""],[contenteditable="true"]')) continue;
      if ((el as HTMLInputElement).disabled) continue;
      if (kind !== 'file' && kind !== 'radio' && kind !== 'checkbox' && isHidden(el)) continue;
      const base = {
        index: out.length,
        kind,
        el,
        options: [] as FieldOption[],
        hints: hintsOf(el, root),
        readOnly: el.hasAttribute('readonly'),
        where,
      };
      if (kind === 'radio' || (kind === 'checkbox' && el.getAttribute('name'))) {
        const name = el.getAttribute('name') ?? '';
        const form = el.closest('form');
        const key = `${where}|${name}|${kind}`;
        if (name) {
          if (seenGroups.has(key)) continue;
          seenGroups.add(key);
          const scope: ParentNode = form ?? root;
          const members = Array.from(scope.querySelectorAll(`input[name="${name.replace(/["\\]/g, '\\$&')}"]`)) as HTMLInputElement[];
          if (members.length > 1) {
            const g = groupLabel(el, members);
            out.push({
              ...base,
              options: members.map((m) => ({ label: labelText(m, root) || nearbyAfter(m), value: m.value, el: m })),
              hints: { ...base.hints, label: g.label, nearby: g.nearby || base.hints.nearby, aria: g.aria || base.hints.aria },
            });
            continue;
          }
        }
      }
      if (kind === 'select') base.options = optionsOfSelect(el as HTMLSelectElement);
      if (kind === 'checkbox' || kind === 'radio') {
        base.options = [{ label: base.hints.label || nearbyAfter(el), value: (el as HTMLInputElement).value, el }];
        if (!base.hints.label) base.hints = { ...base.hints, label: base.options[0]!.label };
      }
      const field: CollectedField = { ...base };
      const max = Number(el.getAttribute('maxlength'));
      if (max > 0) field.maxLength = max;
      if (kind === 'file') {
        field.accept = el.getAttribute('accept') ?? '';
        field.multiple = el.hasAttribute('multiple');
      }
      out.push(field);
    }
  }
  return out;
}

/** Text right after a radio or checkbox (the usual `<input> 欠款催收` layout without a label element). */
function nearbyAfter(el: Element): string {
  for (let sib = el.nextSibling; sib; sib = sib.nextSibling) {
    if (sib.nodeType === 1 && ['INPUT', 'SELECT', 'TEXTAREA'].includes((sib as Element).tagName)) break;
    const text = sib.nodeType === 3 ? clean(sib.nodeValue) : ownText(sib as Element);
    if (text) return text.slice(0, HINT_MAX);
  }
  return '';
}
