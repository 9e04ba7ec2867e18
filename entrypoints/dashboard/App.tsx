import { useEffect, useState } from 'preact/hooks';
import { defineMessages, getLang } from '../../utils/i18n';
import { useRoute } from './route';
import { requestPersist, useBackupState, useStorage } from './safety';
import { sections } from './sections';

const t = defineMessages({
  zh: { nav: '主导航', unbacked: '有 {n} 条证据还没有备份。证据只存在这台电脑的浏览器里，请下载备份另外保存。', backup: '去备份', full: '存储空间快用完了，请先备份。', skip: '跳到主要内容' },
  en: { nav: 'Main', unbacked: '{n} records are not backed up. Evidence lives only in this browser: download a backup and keep it elsewhere.', backup: 'Back up now', full: 'Storage is nearly full: back up first.', skip: 'Skip to content' },
});

/**
 * Nag only when it matters: some evidence exists that no backup holds yet, and not on the backup page
 * itself. It checks a moment after the page opens, so counting the store never delays the first paint.
 */
function SafetyBanner(props: { onSettings: boolean }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const h = setTimeout(() => setReady(true), 1_500);
    return () => clearTimeout(h);
  }, []);
  return ready ? <SafetyCheck onSettings={props.onSettings} /> : null;
}

function SafetyCheck(props: { onSettings: boolean }) {
  const backup = useBackupState();
  const [storage] = useStorage();
  if (props.onSettings) return null;
  if (!backup.unbacked && !storage?.warn) return null;
  return (
    <div class="an-banner" role="status" data-testid="backup-reminder">
      <span>{storage?.warn ? t('full') : t('unbacked', { n: backup.unbacked })}</span>
      <a class="an-btn" href="#/settings">{t('backup')}</a>
    </div>
  );
}

export function App() {
  const route = useRoute();
  const lang = getLang();
  const current = sections.find((s) => s.id === route.section) ?? sections[0]!;
  const [persistAsked, setPersistAsked] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${lang === 'zh' ? '安宁' : 'Anning'} · ${current.title[lang]}`;
  }, [current, lang]);
  useEffect(() => {
    // Ask the browser not to evict the evidence when disk space runs low.
    if (!persistAsked) void requestPersist().finally(() => setPersistAsked(true));
  }, []);
  const Section = current.component;
  return (
    <div class="an-shell">
      <a class="an-skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('skip')}</a>
      <header class="an-top">
        <strong class="an-brand">{lang === 'zh' ? '安宁' : 'Anning'}</strong>
        <nav aria-label={t('nav')} class="an-nav">
          {sections.map((s) => (
            <a key={s.id} href={`#/${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>
              {s.title[lang]}
            </a>
          ))}
        </nav>
      </header>
      <SafetyBanner onSettings={current.id === 'settings'} />
      <main class="an-main" id="main" tabIndex={-1}>
        <Section route={route} />
      </main>
    </div>
  );
}
