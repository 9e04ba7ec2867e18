/** Popup part: complaints whose answer is due or overdue, so the user follows up in time. */
import { defineMessages } from '../../utils/i18n';
import { getDb } from '../../utils/store/db';
import { useLive } from '../../utils/ui/live';
import type { PopupPart } from './sections';

const t = defineMessages({
  zh: { overdue: '{n} 个投诉已到答复期限，请跟进', soon: '{n} 个投诉将在 3 天内到期', open: '查看投诉记录' },
  en: { overdue: '{n} complaints are past their answer date: follow up', soon: '{n} complaints are due within 3 days', open: 'See complaints' },
});

function ComplaintsPart() {
  const due = useLive(async () => {
    const now = Date.now();
    const open = await getDb().complaints.where('status').equals('submitted').toArray();
    return {
      overdue: open.filter((c) => c.dueAt !== undefined && c.dueAt < now).length,
      soon: open.filter((c) => c.dueAt !== undefined && c.dueAt >= now && c.dueAt < now + 3 * 86_400_000).length,
    };
  }, [], { overdue: 0, soon: 0 });
  if (!due.overdue && !due.soon) return null;
  return (
    <section class="an-popup-complaints" role="status">
      <p>{due.overdue ? t('overdue', { n: due.overdue }) : t('soon', { n: due.soon })}</p>
      <a href="/dashboard.html#/complaints" target="_blank" rel="noopener">{t('open')}</a>
    </section>
  );
}

export const complaintsPart: PopupPart = { id: 'complaints', component: ComplaintsPart };
