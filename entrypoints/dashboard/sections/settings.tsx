import { defineMessages, getLang, setLang, type Lang } from '../../../utils/i18n';
import type { DashboardSection } from './index';

const t = defineMessages({
  zh: { title: '设置', language: '界面语言', privacy: '隐私：安宁不联网、不统计。除非你导出文件或主动订阅号码清单，数据不会离开这台电脑。' },
  en: { title: 'Settings', language: 'Language', privacy: 'Privacy: Anning makes no network calls of its own and has no analytics. Nothing leaves this computer unless you export it or subscribe to a number list.' },
});

function Settings() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      <label>
        {t('language')}{' '}
        <select
          value={getLang()}
          onChange={(e) => {
            setLang((e.currentTarget as HTMLSelectElement).value as Lang);
            location.reload();
          }}
        >
          <option value="zh">中文（简体）</option>
          <option value="en">English</option>
        </select>
      </label>
      <p class="an-muted">{t('privacy')}</p>
    </section>
  );
}

export const settingsSection: DashboardSection = {
  id: 'settings',
  title: { zh: '设置', en: 'Settings' },
  component: Settings,
};
