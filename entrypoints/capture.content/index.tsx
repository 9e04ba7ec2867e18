/**
 * Capture on supported web SMS / call-log pages: shows a bar when an adapter recognises the page, and
 * on the user's click streams the adapter's batches to the background (`evidence/save`).
 */
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CaptureBar, captureBarCss, type CaptureState } from '../../components/CaptureBar';
import { getLang } from '../../utils/i18n';
import { adapterFor, siteAdapters } from '../../utils/capture/registry';
import type { SiteAdapter } from '../../utils/capture/types';
import { request } from '../../utils/messaging/client';
import { withFixtures } from '../../utils/sites';
import { mountShadow } from '../../utils/ui/shadow';

async function runCapture(adapter: SiteAdapter, signal: AbortSignal, show: (s: CaptureState) => void) {
  let added = 0;
  let duplicates = 0;
  let done = 0;
  try {
    show({ phase: 'running', done: 0 });
    const batches = adapter.capture({
      doc: document,
      url: new URL(location.href),
      now: Date.now(),
      signal,
      onProgress: (p) => {
        done = p.done;
        show({ phase: 'running', ...p });
      },
    });
    for await (const batch of batches) {
      const r = await request('evidence/save', { source: adapter.id, messages: batch.messages, calls: batch.calls });
      added += r.messages.added + r.calls.added;
      duplicates += r.messages.duplicates + r.calls.duplicates;
      if (signal.aborted) break;
    }
    show({ phase: 'done', added, duplicates, stopped: signal.aborted });
  } catch (err) {
    show({ phase: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
  return done;
}

export default defineContentScript({
  matches: withFixtures([...new Set(siteAdapters.flatMap((a) => a.matches))]),
  runAt: 'document_idle',
  main() {
    let mounted: ReturnType<typeof mountShadow> | null = null;
    let controller: AbortController | null = null;

    const show = (adapter: SiteAdapter, state: CaptureState) => {
      mounted ??= mountShadow('anning-capture', captureBarCss);
      render(
        <CaptureBar
          what={adapter.title[getLang()]}
          state={state}
          onSave={() => {
            controller = new AbortController();
            void runCapture(adapter, controller.signal, (s) => show(adapter, s));
          }}
          onStop={() => controller?.abort()}
          onClose={() => {
            controller?.abort();
            if (mounted) render(null, mounted.container);
            mounted?.remove();
            mounted = null;
            observer.disconnect();
          }}
        />,
        mounted.container,
      );
    };

    // SPA pages render their lists late: look again when the page changes, cheaply, until found.
    const check = () => {
      const adapter = adapterFor(document, new URL(location.href));
      if (adapter && !mounted) show(adapter, { phase: 'ready' });
    };
    let scheduled = false;
    const observer = new MutationObserver(() => {
      if (mounted || scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        check();
      }, 300);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    check();
  },
});
