import { useEffect } from 'preact/hooks';
import { getLang } from '../../utils/i18n';
import { useRoute } from './route';
import { sections } from './sections';

export function App() {
  const route = useRoute();
  const lang = getLang();
  const current = sections.find((s) => s.id === route.section) ?? sections[0]!;
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${lang === 'zh' ? '安宁' : 'Anning'} · ${current.title[lang]}`;
  }, [current, lang]);
  const Section = current.component;
  return (
    <div class="an-shell">
      <header class="an-top">
        <strong class="an-brand">{lang === 'zh' ? '安宁' : 'Anning'}</strong>
        <nav aria-label={lang === 'zh' ? '主导航' : 'Main'} class="an-nav">
          {sections.map((s) => (
            <a key={s.id} href={`#/${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>
              {s.title[lang]}
            </a>
          ))}
        </nav>
      </header>
      <main class="an-main">
        <Section route={route} />
      </main>
    </div>
  );
}
