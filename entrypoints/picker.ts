/**
 * The element picker, injected on demand into the current tab (context menu「安宁：从本页选取消息列表」,
 * through activeTab + scripting): highlight what the pointer is over, take a click as the pick, find the
 * repeated items, preview them, and on confirmation save them as one import session.
 */
import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PickerPanel, pickerCss, type PickerView } from '../components/PickerPanel';
import { findRepeatedItems, genericAdapter, readGenericItems } from '../utils/capture/adapters/generic';
import { runCapture } from '../utils/capture/run';
import { mountShadow } from '../utils/ui/shadow';

declare global {
  interface Window {
    __anningPicker?: boolean;
  }
}

export default defineUnlistedScript(() => {
  // Injected twice (menu chosen twice): one picker is enough.
  if (window.__anningPicker) return;
  window.__anningPicker = true;

  const ui = mountShadow('anning-picker', pickerCss);
  const box = document.createElement('anning-picker-box');
  box.style.cssText = 'all: initial; position: fixed; z-index: 2147483646; pointer-events: none; border: 2px solid #1f6f5c; background: rgba(31,111,92,.12); display: none;';
  document.documentElement.append(box);
  let view: PickerView = { phase: 'picking' };
  let picking = true;

  const paint = () =>
    render(
      h(PickerPanel, {
        view,
        onPeer: (peer: string) => {
          if (view.phase === 'preview') set({ ...view, peer });
        },
        onSave: () => {
          if (view.phase !== 'preview') return;
          const adapter = genericAdapter(view.items, { peer: view.peer.trim(), url: location.href });
          void runCapture(adapter, { doc: document, url: new URL(location.href), signal: new AbortController().signal }, (state) => set({ phase: 'saving', state }));
        },
        onAgain: () => {
          picking = true;
          set({ phase: 'picking' });
        },
        onClose: close,
      }),
      ui.container,
    );
  const set = (next: PickerView) => {
    view = next;
    paint();
  };

  const target = (e: MouseEvent): Element | null => {
    const el = document.elementFromPoint(e.clientX, e.clientY);
    return el && el !== ui.host && el !== box ? el : null;
  };
  const onMove = (e: MouseEvent) => {
    if (!picking) return;
    const el = target(e);
    if (!el) return;
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const onClick = (e: MouseEvent) => {
    if (!picking || e.composedPath().includes(ui.host)) return;
    const el = target(e);
    if (!el) return;
    // The page must not act on this click (follow a link, open a chat).
    e.preventDefault();
    e.stopImmediatePropagation();
    picking = false;
    box.style.display = 'none';
    const items = readGenericItems(findRepeatedItems(el), Date.now());
    set({ phase: 'preview', items, peer: '' });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  function close() {
    removeEventListener('mousemove', onMove, true);
    removeEventListener('click', onClick, true);
    removeEventListener('keydown', onKey, true);
    render(null, ui.container);
    ui.remove();
    box.remove();
    window.__anningPicker = false;
  }
  addEventListener('mousemove', onMove, true);
  addEventListener('click', onClick, true);
  addEventListener('keydown', onKey, true);
  paint();
});
