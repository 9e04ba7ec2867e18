/**
 * Capture on supported web SMS / call-log pages: shows a bar when an adapter recognises the page, and
 * on the user's click streams the adapter's batches to the background as one import session
 * (`import/begin` … `import/commit`): a capture is stored all at once, and a page that turns out to be
 * unreadable halfway stores nothing. Stopping keeps what was read so far.
 */
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CaptureBar, captureBarCss, type CaptureState } from '../../components/CaptureBar';
import { adapterFor, siteAdapters } from '../../utils/capture/registry';
import { runCapture } from '../../utils/capture/run';
import type { SiteAdapter } from '../../utils/capture/types';
import { getLang } from '../../utils/i18n';
import { withFixtures } from '../../utils/sites';
import { mountShadow } from '../../utils/ui/shadow';

export default defineContentScript({
  matches: withFixtures([...new Set(siteAdapters.flatMap((a) => a.matches))]),
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage "<extension id>:<script>:wxt:content-script-started" to the
  // page, telling any page that Anning is installed and running (tests/e2e/flag.e2e.test.mjs checks).
  noScriptStartedPostMessage: true,
  main() {
    let mounted: ReturnType<typeof mountShadow> | null = null;
    let controller: AbortController | null = null;
    const lang = getLang();

    const show = (adapter: SiteAdapter, state: CaptureState) => {
      mounted ??= mountShadow('anning-capture', captureBarCss);
      render(
        <CaptureBar
          what={adapter.title[lang]}
          state={state}
          scopes={adapter.scopes?.map((s) => ({ id: s.id, label: s.title[lang] }))}
          onSave={(scope) => {
            controller = new AbortController();
            void runCapture(adapter, { doc: document, url: new URL(location.href), signal: controller.signal, scope }, (s) => show(adapter, s));
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
