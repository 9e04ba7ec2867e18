/**
 * Flags collector numbers on pages. Declared for the product's own sites; when the user switches on
 * "flag on all sites" the background registers this same file for every other site (utils/flag/settings.ts).
 * Runs in every frame, about:blank and srcdoc frames included.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FlagController, HOST_STYLE } from '../../utils/flag/controller';
import { FLAG_MATCHES } from '../../utils/flag/sites';
import { request } from '../../utils/messaging/client';
import { mountShadow } from '../../utils/ui/shadow';

/** The site whose per-site switch applies: an about:blank or srcdoc frame follows its parent. */
function siteHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return window.parent.location.hostname || document.referrer && new URL(document.referrer).hostname;
  } catch {
    return document.referrer ? new URL(document.referrer).hostname : '';
  }
}

export default defineContentScript({
  matches: FLAG_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage "<extension id>:<script>:wxt:content-script-started" to the
  // page, telling any page that Anning is installed and running (tests/e2e/flag.e2e.test.mjs checks).
  noScriptStartedPostMessage: true,
  main() {
    // The manifest copy and the all-sites copy can both match a page: run once. This global lives in
    // the extension's isolated world; the page's own scripts cannot see it.
    const g = globalThis as typeof globalThis & { __anningFlag?: FlagController };
    if (g.__anningFlag || !document.documentElement) return;
    const host = siteHost();
    const lookup = (keys: string[]) => request('numbers/lookup', { keys, host });
    const boot = () => {
      const controller = new FlagController({
        doc: document,
        mount: (css) => {
          // Built detached and styled first: the page sees a single insertion of a finished host.
          const m = mountShadow('anning-flags', css, document.createElement('div'));
          m.host.style.cssText = HOST_STYLE;
          document.documentElement.append(m.host);
          return m;
        },
        lookup,
        report: (flags) => void request('numbers/report', { flags }).catch(() => undefined),
        actions: {
          load: async (key) => (await request('numbers/card', { key })).stats,
          mark: async (key, status) => void (await request('numbers/mark', { number: key, status })),
          note: async (key, note) => void (await request('numbers/note', { number: key, note })),
          open: async (key) => void (await request('numbers/open', { key })),
        },
      });
      g.__anningFlag = controller;
      controller.start();
    };
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { anningFlag?: string } | null)?.anningFlag !== 'refresh') return undefined;
      const current = g.__anningFlag;
      if (current && !current.isStopped) void current.refresh().catch(() => undefined);
      // Switched back on for this site: start over.
      else void lookup([]).then((r) => r.enabled && boot(), () => undefined);
      return undefined;
    });
    boot();
  },
});
