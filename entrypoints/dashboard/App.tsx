import { useEffect, useState } from 'preact/hooks';
import { defineMessages, getLang } from '../../utils/i18n';
import { useRoute } from './route';
import { requestPersist, useBackupState, useStorage } from './safety';
import { type DashboardSection, type SectionComponent, sections } from './sections';

const t = defineMessages({
  zh: { loading: '正在载入…', loadFailed: '这一页没能载入（扩展可能刚更新过）。', reload: '重新载入', nav: '主导航', unbacked: '有 {n} 条证据还没有备份。证据只存在这台电脑的浏览器里，请下载备份另外保存。', backup: '去备份', full: '存储空间快用完了，请先备份。', skip: '跳到主要内容' },
  en: { loading: 'Loading…', loadFailed: 'This page could not be loaded (the extension may have just been updated).', reload: 'Reload', nav: 'Main', unbacked: '{n} records are not backed up. Evidence lives only in this browser: download a backup and keep it elsewhere.', backup: 'Back up now', full: 'Storage is nearly full: back up first.', skip: 'Skip to content' },
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

const loaded = new Map<string, SectionComponent>();
const loadSection = (s: DashboardSection) => s.load().then((m) => void loaded.set(s.id, m.default));

/** The section's component once its chunk is loaded; `Error` if loading failed. */
function useSectionComponent(section: DashboardSection): SectionComponent | Error | null {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState<{ id: string; error: Error } | null>(null);
  useEffect(() => {
    if (loaded.has(section.id)) return;
    let live = true;
    loadSection(section).then(
      () => { if (live) setTick((n) => n + 1); },
      (e: unknown) => { if (live) setFailed({ id: section.id, error: e instanceof Error ? e : new Error(String(e)) }); },
    );
    return () => { live = false; };
  }, [section]);
  useEffect(() => {
    // Fetch the other sections while the page is idle, so switching is instant later.
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 500));
    idle(() => { for (const s of sections) if (!loaded.has(s.id)) loadSection(s).catch(() => {}); });
  }, []);
  if (failed?.id === section.id) return failed.error;
  return loaded.get(section.id) ?? null;
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
  const Section = useSectionComponent(current);
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
        {Section instanceof Error ? (
          <p class="an-empty" role="alert">
            {t('loadFailed')} <button type="button" class="an-btn" onClick={() => location.reload()}>{t('reload')}</button>
          </p>
        ) : Section ? (
          <Section route={route} />
        ) : (
          <p class="an-empty" role="status">{t('loading')}</p>
        )}
      </main>
    </div>
  );
}
