import { useState } from 'preact/hooks';
import { DayBars, HourHeatmap } from '../../../components/Charts';
import { Stat } from '../../../components/ui';
import { defineMessages } from '../../../utils/i18n';
import { formatBeijing } from '../../../utils/i18n/time';
import { violationName } from '../../../utils/i18n/violationNames';
import { getDb } from '../../../utils/store/db';
import { visibleEvidence } from '../../../utils/store/visible';
import { useLive } from '../../../utils/ui/live';
import { useEvidence } from '../evidenceData';

const t = defineMessages({
  zh: {
    title: '总览', messages: '短信', calls: '通话', numbers: '号码簿', cases: '案件（借贷平台）',
    intro: '安宁把催收骚扰的证据保存在这台电脑的浏览器里：不上传、不修改，每条在保存时计算 SHA-256 哈希。',
    keepPhone: '请同时保留手机原件，并向运营商申请通话详单。',
    pick: '查看', all: '全部证据', noCase: '未归类',
    contacts: '催收联系', attempts: '来电', connected: '接通', sms: '催收短信', odd: '夜间联系', third: '联系第三人', distinct: '使用号码', days: '有联系的天数', over: '超频天数',
    first: '首次联系', last: '最近联系', violations: '违规与次数', noViolations: '暂未发现违规。', analysing: '正在分析 {done}/{total} 条…',
    loading: '正在载入…', list: '查看这些记录', report: '打印这个案件的证据报告', example: '例',
  },
  en: {
    title: 'Overview', messages: 'Messages', calls: 'Calls', numbers: 'Number book', cases: 'Cases (lenders)',
    intro: 'Anning keeps evidence of collection harassment in this browser: never uploaded, never edited, each record sealed with SHA-256 when saved.',
    keepPhone: 'Also keep the phone itself and ask your carrier for a call-detail list.',
    pick: 'Show', all: 'All evidence', noCase: 'No case',
    contacts: 'Collection contacts', attempts: 'Calls', connected: 'Connected', sms: 'Collection SMS', odd: 'At night', third: 'Third parties', distinct: 'Numbers used', days: 'Days with contact', over: 'Days over limit',
    first: 'First contact', last: 'Latest contact', violations: 'Violations and counts', noViolations: 'No violations found yet.', analysing: 'Analysing {done}/{total}…',
    loading: 'Loading…', list: 'Show these records', report: 'Print the evidence report for this case', example: 'e.g.',
  },
});

function Overview() {
  const db = getDb();
  const [caseKey, setCaseKey] = useState('*');
  const counts = useLive(
    async () => {
      const ev = visibleEvidence(db);
      const [messages, calls, numbers, cases] = await Promise.all([ev.messages.count(), ev.calls.count(), db.numbers.count(), db.cases.count()]);
      return { loaded: true, messages, calls, numbers, cases };
    },
    [],
    { loaded: false, messages: 0, calls: 0, numbers: 0, cases: 0 },
  );
  // The counts paint first; reading every record for the analysis starts after them.
  const ev = useEvidence(counts.loaded);
  const cases = useLive(() => db.cases.toArray(), [], []);
  const a = ev.analysis?.[caseKey];
  const s = a?.summary;
  const total = ev.index?.size ?? ev.total;
  const listParams = caseKey === '*' ? '' : `?caseId=${caseKey === '' ? '0' : caseKey}`;
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
      <label class="an-field">
        {t('pick')}{' '}
        <select value={caseKey} onChange={(e) => setCaseKey(e.currentTarget.value)} data-testid="overview-case">
          <option value="*">{t('all')}</option>
          {cases.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
          <option value="">{t('noCase')}</option>
        </select>
      </label>
      {!ev.analysis ? (
        <p class="an-muted" role="status">{ev.index ? t('analysing', { done: ev.classified, total }) : t('loading')}</p>
      ) : !s ? (
        <p>{t('noViolations')}</p>
      ) : (
        <div data-testid="case-overview">
          <div class="an-stats">
            <Stat label={t('contacts')} value={s.totals.contacts} testId="ov-contacts" />
            <Stat label={t('sms')} value={s.totals.sms} />
            <Stat label={`${t('attempts')} / ${t('connected')}`} value={`${s.totals.callAttempts} / ${s.totals.callsConnected}`} />
            <Stat label={t('odd')} value={s.totals.oddHourContacts} testId="ov-odd" />
            <Stat label={t('third')} value={s.totals.thirdPartyContacts} />
            <Stat label={t('distinct')} value={s.totals.distinctNumbers} />
            <Stat label={t('days')} value={s.totals.activeDays} />
            <Stat label={t('over')} value={s.totals.daysOverThreshold} />
          </div>
          <p>
            {t('first')}：{s.firstContact ? formatBeijing(s.firstContact, false) : '—'} · {t('last')}：{s.lastContact ? formatBeijing(s.lastContact, false) : '—'}
          </p>
          <h2>{t('violations')}</h2>
          {s.violations.length === 0 ? (
            <p>{t('noViolations')}</p>
          ) : (
            <ul class="an-vcounts" data-testid="violation-counts">
              {s.violations.map((v) => (
                <li key={v.violation}>
                  <a href={v.violation === 'frequency' ? `#/evidence${listParams}` : `#/evidence?${new URLSearchParams({ ...(caseKey !== '*' ? { caseId: caseKey || '0' } : {}), violation: v.violation })}`}>
                    <span class={`an-chip an-chip-${v.violation}`}>{violationName(v.violation)}</span> <strong>{v.count}</strong>
                  </a>
                  {v.examples[0]?.phrase && <span class="an-muted"> · {t('example')}「{v.examples[0].phrase}」</span>}
                </li>
              ))}
            </ul>
          )}
          <DayBars data={a!.days.map((d) => ({ day: d.day, count: d.callAttempts + d.sms, odd: d.oddHourContacts }))} />
          <HourHeatmap days={a!.heat.rows} cells={a!.heat.counts} max={a!.heat.max} limit={31} />
          <p class="an-actions">
            <a class="an-btn" href={`#/evidence${listParams}`}>{t('list')}</a>
            <a class="an-btn" href={`/report.html#${listParams.slice(1)}`} target="_blank" rel="noopener">{t('report')}</a>
          </p>
        </div>
      )}
      <p class="an-muted">{t('keepPhone')}</p>
    </section>
  );
}

/** Loaded on demand by the list in ./index.ts. */
export default Overview;
