/**
 * Step 3: put a value into a field so that the page's own code sees it.
 *
 * - React keeps its own copy of an input's value and ignores a `.value` write that comes without an
 *   event; it also shadows `value` on the element. Writing through the prototype's native setter and
 *   then dispatching `input` makes React (and anything else) see a real change.
 * - Vue's v-model listens to `input` (text) and `change` (select, radio, checkbox, `.lazy`).
 * - jQuery plugins (Validform and friends) bind native listeners through addEventListener, so real DOM
 *   events reach them from an extension's isolated world too: we dispatch focus/input/change/keyup/blur
 *   as a user's typing would, and never need to run code in the page's own world.
 * - Read-only date/time pickers only block typing: the native setter still writes them.
 * - Paste blockers never see us: nothing is pasted.
 * - contenteditable editors get `insertText` (fires beforeinput/input like typing) or, where the
 *   browser has no execCommand, text plus an input event.
 */
import type { CollectedField, FieldOption } from './types';

function nativeSetter(el: Element, prop: 'value' | 'checked'): ((v: unknown) => void) | undefined {
  // Start at the prototype: an own `value` property on the element is the framework's, not the DOM's.
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d?.set) return d.set as (v: unknown) => void;
  }
  return undefined;
}

function nativeGetter(el: Element, prop: 'value'): (() => unknown) | undefined {
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d?.get) return d.get as () => unknown;
  }
  return undefined;
}

/** The value the DOM holds, bypassing any framework shadowing. */
export function readValue(el: HTMLElement): string {
  if (el.getAttribute('contenteditable') !== null || el.getAttribute('role') === 'textbox') {
    if (!('value' in el)) return (el.innerText ?? el.textContent ?? '').replace(/\u00a0/g, ' ');
  }
  const get = nativeGetter(el, 'value');
  return String(get ? get.call(el) : (el as HTMLInputElement).value ?? '');
}

function win(el: Element): Window & typeof globalThis {
  return (el.ownerDocument?.defaultView ?? globalThis) as Window & typeof globalThis;
}

function fire(el: Element, type: string, init: EventInit = {}): void {
  const w = win(el);
  let ev: Event;
  const base = { bubbles: true, cancelable: type !== 'input' && type !== 'change', composed: true, ...init };
  if (type === 'input' || type === 'beforeinput') {
    ev = typeof w.InputEvent === 'function' ? new w.InputEvent(type, { ...base, inputType: 'insertText' } as InputEventInit) : new w.Event(type, base);
  } else if (type === 'focus' || type === 'blur' || type === 'focusin' || type === 'focusout') {
    ev = new w.FocusEvent(type, { ...base, bubbles: type === 'focusin' || type === 'focusout', cancelable: false });
  } else if (type === 'keydown' || type === 'keyup') {
    ev = new w.KeyboardEvent(type, { ...base, key: 'Unidentified' });
  } else {
    ev = new w.Event(type, base);
  }
  el.dispatchEvent(ev);
}

function focus(el: HTMLElement) {
  try {
    el.focus({ preventScroll: true });
  } catch {
    // not focusable: the events below still tell the page
  }
  fire(el, 'focus');
  fire(el, 'focusin');
}

function blur(el: HTMLElement) {
  fire(el, 'blur');
  fire(el, 'focusout');
  try {
    el.blur();
  } catch {
    // ignore
  }
}

/** Text inputs, textareas and read-only pickers. */
export function setText(el: HTMLElement, value: string): void {
  focus(el);
  fire(el, 'keydown');
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, value);
  else (el as HTMLInputElement).value = value;
  fire(el, 'input');
  fire(el, 'keyup');
  fire(el, 'change');
  blur(el);
}

export function setEditable(el: HTMLElement, value: string): void {
  focus(el);
  const doc = el.ownerDocument;
  let done = false;
  try {
    const sel = doc.defaultView?.getSelection();
    if (sel && typeof doc.execCommand === 'function') {
      const range = doc.createRange();
      range.selectNodeContents(el);
      sel.removeAllRanges();
      sel.addRange(range);
      done = doc.execCommand('insertText', false, value) && readValue(el).replace(/\s+/g, '') === value.replace(/\s+/g, '');
    }
  } catch {
    done = false;
  }
  if (!done) {
    // Keep line breaks as separate paragraphs, which rich-text editors expect.
    el.replaceChildren(...value.split('\n').map((line) => {
      const p = doc.createElement('p');
      p.textContent = line;
      if (!line) p.append(doc.createElement('br'));
      return p;
    }));
    fire(el, 'input');
  }
  fire(el, 'change');
  blur(el);
}

const norm = (s: string) => s.replace(/[\s\u3000（）()【】\[\]:：*＊]/g, '').toLowerCase();

/**
 * The option that best matches any of `wanted` (in preference order): exact text, then the option's
 * text containing the wanted text or the other way round. Placeholder options (请选择) never match.
 */
export function pickOption(options: FieldOption[], wanted: string[]): FieldOption | undefined {
  const real = options.filter((o) => o.label && !/^(请选择|--|全部|选择)/.test(o.label));
  for (const w of wanted.map(norm).filter(Boolean)) {
    const exact = real.find((o) => norm(o.label) === w || norm(o.value) === w);
    if (exact) return exact;
    const contains = real.find((o) => norm(o.label).includes(w));
    if (contains) return contains;
    const within = real.find((o) => norm(o.label).length >= 2 && w.includes(norm(o.label)));
    if (within) return within;
  }
  return undefined;
}

export function setSelect(el: HTMLSelectElement, option: FieldOption): void {
  focus(el);
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, option.value);
  else el.value = option.value;
  (option.el as HTMLOptionElement).selected = true;
  fire(el, 'input');
  fire(el, 'change');
  blur(el);
}

/** Radio or checkbox: a click is what every framework listens to, and it sets `checked` natively. */
export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked === checked) return;
  input.click();
  if (input.checked !== checked) {
    // A page that cancels clicks: set it and tell it.
    nativeSetter(input, 'checked')?.call(input, checked);
    fire(input, 'input');
    fire(input, 'change');
  }
}

/** Puts files on a file input (DataTransfer is how a drop hands files to a page). */
export function setFiles(input: HTMLInputElement, files: File[]): boolean {
  const w = win(input);
  if (typeof w.DataTransfer !== 'function') return false;
  const dt = new w.DataTransfer();
  for (const f of files) dt.items.add(f);
  try {
    input.files = dt.files;
  } catch {
    return false;
  }
  fire(input, 'input');
  fire(input, 'change');
  return (input.files?.length ?? 0) === files.length;
}

/** Shortens text to `max` characters at the last sentence or line end that fits. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('。'), cut.lastIndexOf('；'));
  return end > max * 0.6 ? cut.slice(0, end + 1).trimEnd() : cut.slice(0, Math.max(0, max - 1)) + '…';
}

export function kindAcceptsText(f: CollectedField): boolean {
  return f.kind === 'text' || f.kind === 'textarea' || f.kind === 'editable';
}
