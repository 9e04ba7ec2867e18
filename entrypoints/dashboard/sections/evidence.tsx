import { useState } from 'preact/hooks';
import { EvidenceTable } from '../../../components/EvidenceTable';
import { Empty } from '../../../components/ui';
import type { EvidenceRecord } from '../../../utils/evidence/types';
import { defineMessages } from '../../../utils/i18n';
import { formatBeijing } from '../../../utils/i18n/time';
import { getDb } from '../../../utils/store/db';
import { useLive } from '../../../utils/ui/live';
import type { DashboardSection } from './index';

const t = defineMessages({
  zh: { title: '短信与通话', empty: '还没有保存任何证据。', latest: '最近 {n} 条', hash: '哈希', captured: '保存时间', page: '来源页面', close: '关闭' },
  en: { title: 'Messages and calls', empty: 'No evidence saved yet.', latest: 'Latest {n}', hash: 'Hash', captured: 'Captured', page: 'Source page', close: 'Close' },
});

const PAGE = 500;

function EvidenceSection() {
  const db = getDb();
  const records = useLive<EvidenceRecord[]>(
    async () => {
      const [m, c] = await Promise.all([
        db.messages.orderBy('at').reverse().limit(PAGE).toArray(),
        db.calls.orderBy('at').reverse().limit(PAGE).toArray(),
      ]);
      return [...m, ...c].sort((a, b) => b.at - a.at).slice(0, PAGE);
    },
    [],
    [],
  );
  const [selected, setSelected] = useState<EvidenceRecord | null>(null);
  return (
    <section aria-labelledby="evidence-title">
      <h1 id="evidence-title">{t('title')}</h1>
      {records.length === 0 ? (
        <Empty>{t('empty')}</Empty>
      ) : (
        <>
          <p class="an-muted">{t('latest', { n: records.length })}</p>
          <EvidenceTable records={records} onSelect={setSelected} />
        </>
      )}
      {selected && (
        <dl class="an-detail" data-testid="record-detail">
          <dt>{t('hash')}</dt>
          <dd class="an-mono">{selected.hash}</dd>
          <dt>{t('captured')}</dt>
          <dd>{formatBeijing(selected.capturedAt)}</dd>
          <dt>{t('page')}</dt>
          <dd class="an-text">{selected.sourceUrl}</dd>
          <dd>
            <button type="button" class="an-btn" onClick={() => setSelected(null)}>{t('close')}</button>
          </dd>
        </dl>
      )}
    </section>
  );
}

export const evidenceSection: DashboardSection = {
  id: 'evidence',
  title: { zh: '短信与通话', en: 'Messages & calls' },
  component: EvidenceSection,
};
