import { Stat } from '../../../components/ui';
import { defineMessages } from '../../../utils/i18n';
import { getDb } from '../../../utils/store/db';
import { useLive } from '../../../utils/ui/live';
import type { DashboardSection } from './index';

const t = defineMessages({
  zh: {
    title: '总览', messages: '短信', calls: '通话', numbers: '号码簿', cases: '案件（借贷平台）',
    intro: '安宁把催收骚扰的证据保存在这台电脑的浏览器里：不上传、不修改，每条在保存时计算 SHA-256 哈希。',
    keepPhone: '请同时保留手机原件，并向运营商申请通话详单。',
  },
  en: {
    title: 'Overview', messages: 'Messages', calls: 'Calls', numbers: 'Number book', cases: 'Cases (lenders)',
    intro: 'Anning keeps evidence of collection harassment in this browser: never uploaded, never edited, each record sealed with SHA-256 when saved.',
    keepPhone: 'Also keep the phone itself and ask your carrier for a call-detail list.',
  },
});

function Overview() {
  const db = getDb();
  const counts = useLive(
    async () => ({
      messages: await db.messages.count(),
      calls: await db.calls.count(),
      numbers: await db.numbers.count(),
      cases: await db.cases.count(),
    }),
    [],
    { messages: 0, calls: 0, numbers: 0, cases: 0 },
  );
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <div class="an-stats">
        <Stat label={t('messages')} value={counts.messages} testId="count-messages" />
        <Stat label={t('calls')} value={counts.calls} testId="count-calls" />
        <Stat label={t('numbers')} value={counts.numbers} testId="count-numbers" />
        <Stat label={t('cases')} value={counts.cases} testId="count-cases" />
      </div>
      <p class="an-muted">{t('keepPhone')}</p>
    </section>
  );
}

export const overviewSection: DashboardSection = {
  id: 'overview',
  title: { zh: '总览', en: 'Overview' },
  component: Overview,
};
