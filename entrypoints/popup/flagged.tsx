/** Popup part: the numbers flagged on the current tab, and the per-site switch for that site. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defineMessages } from '../../utils/i18n';
import { request } from '../../utils/messaging/client';
import type { FlagInfo } from '../../utils/numbers/handlers';
import type { PopupPart } from './sections';

const t = defineMessages({
  zh: {
    title: '本页标记的号码', none: '本页没有标记的号码。', collector: '催收', suspected: '疑似催收', safe: '可信', unknown: '未分类',
    off: '在 {h} 停用号码标记', on: '在 {h} 重新启用号码标记', open: '详情', markCollector: '标为催收', notCollector: '不是催收',
  },
  en: {
    title: 'Numbers marked on this page', none: 'No marked numbers on this page.', collector: 'Collector', suspected: 'Suspected', safe: 'Trusted', unknown: 'Not classified',
    off: 'Stop marking numbers on {h}', on: 'Mark numbers on {h} again', open: 'Details', markCollector: 'Mark collector', notCollector: 'Not a collector',
  },
});

/** The tab the popup is about: the active tab, or `?tab=` when the popup is opened as a page (tests). */
async function currentTab(): Promise<{ id: number; host: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param ? await browser.tabs.get(Number(param)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  let host = '';
  try {
    const u = new URL(tab.url ?? '');
    if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname;
  } catch {
    // no URL access for this tab (no permission): no per-site switch
  }
  return { id: tab.id, host };
}

function FlaggedOnPage() {
  const [tab, setTab] = useState<{ id: number; host: string } | null>(null);
  const [flags, setFlags] = useState<FlagInfo[] | null>(null);
  const [off, setOff] = useState(false);
  const load = async () => {
    const tb = await currentTab();
    setTab(tb);
    if (!tb) return setFlags([]);
    setFlags(await request('numbers/pageFlags', { tabId: tb.id }));
    if (tb.host) setOff((await request('flag/settings', {})).offHosts.includes(tb.host));
  };
  useEffect(() => void load().catch(() => setFlags([])), []);
  const mark = (key: string, status: 'collector' | 'safe') => void request('numbers/mark', { number: key, status }).then(load);
  return (
    <section class="an-flagged" aria-labelledby="flagged-title" data-testid="popup-flagged">
      <h2 id="flagged-title">{t('title')}</h2>
      {flags && flags.length === 0 && <p class="an-muted">{t('none')}</p>}
      <ul>
        {flags?.map((f) => (
          <li key={f.key}>
            <strong>{f.display}</strong> <span class={`an-pill an-pill-${f.status}`}>{t(f.status)}</span>
            {(f.label || f.lender) && <div class="an-muted">{[f.label, f.lender].filter(Boolean).join(' · ')}</div>}
            <div>
              {f.status !== 'collector' && <button type="button" onClick={() => mark(f.key, 'collector')}>{t('markCollector')}</button>}
              {f.status !== 'safe' && <button type="button" onClick={() => mark(f.key, 'safe')}>{t('notCollector')}</button>}
              <button type="button" onClick={() => void request('numbers/open', { key: f.key })}>{t('open')}</button>
            </div>
          </li>
        ))}
      </ul>
      {tab?.host && (
        <label>
          <input
            type="checkbox"
            checked={off}
            onChange={(e) => {
              const next = e.currentTarget.checked;
              void request('flag/setSite', { host: tab.host, off: next }).then(() => setOff(next));
            }}
          />{' '}
          {t('off', { h: tab.host })}
        </label>
      )}
      <style>{`.an-flagged ul{list-style:none;padding:0;margin:4px 0}.an-flagged li{padding:4px 0;border-bottom:1px solid var(--an-line)}
.an-flagged button{font:inherit;font-size:12px;margin:2px 4px 0 0}.an-pill{font-size:11px;padding:0 6px;border-radius:999px;color:#fff}
.an-pill-collector{background:#b42318}.an-pill-suspected{background:#b54708}.an-pill-safe{background:#1a7f37}.an-pill-unknown{background:#5b6475}`}</style>
    </section>
  );
}

export const flaggedPart: PopupPart = { id: 'flagged', component: FlaggedOnPage };
