import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Button, Stat } from '../../components/ui';
import { defineMessages } from '../../utils/i18n';
import { request } from '../../utils/messaging/client';
import { popupParts } from './sections';

const t = defineMessages({
  zh: { name: '安宁', tagline: '催收骚扰证据工具', messages: '短信', calls: '通话', open: '打开证据面板', local: '数据只保存在本机' },
  en: { name: 'Anning', tagline: 'Evidence kit against collection harassment', messages: 'Messages', calls: 'Calls', open: 'Open dashboard', local: 'Data stays on this computer' },
});

export function Popup() {
  const [counts, setCounts] = useState<{ messages: number; calls: number } | null>(null);
  useEffect(() => {
    request('evidence/counts', {}).then(setCounts, () => setCounts(null));
  }, []);
  return (
    <div class="an-popup">
      <header>
        <h1>{t('name')}</h1>
        <p class="an-muted">{t('tagline')}</p>
      </header>
      <div class="an-stats">
        <Stat label={t('messages')} value={counts?.messages ?? '—'} testId="popup-messages" />
        <Stat label={t('calls')} value={counts?.calls ?? '—'} testId="popup-calls" />
      </div>
      {popupParts.map(({ id, component: Part }) => (
        <Part key={id} />
      ))}
      <Button kind="primary" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
        {t('open')}
      </Button>
      <p class="an-muted an-small">{t('local')}</p>
    </div>
  );
}
