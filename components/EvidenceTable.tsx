/** A table of evidence records. Captured text is rendered as text, never as HTML. */
import type { EvidenceRecord } from '../utils/evidence/types';
import { defineMessages } from '../utils/i18n';
import { formatBeijing } from '../utils/i18n/time';

const t = defineMessages({
  zh: {
    time: '时间（北京时间）', number: '号码', direction: '方向', content: '内容', source: '来源', hash: '哈希 (SHA-256)',
    in: '收到', out: '发出', missed: '未接', rejected: '拒接', blocked: '拦截', voicemail: '语音信箱',
    call: '通话', seconds: '{n} 秒', sms: '短信',
  },
  en: {
    time: 'Time (Beijing)', number: 'Number', direction: 'Direction', content: 'Content', source: 'Source', hash: 'Hash (SHA-256)',
    in: 'Received', out: 'Sent', missed: 'Missed', rejected: 'Rejected', blocked: 'Blocked', voicemail: 'Voicemail',
    call: 'Call', seconds: '{n} s', sms: 'SMS',
  },
});

export function directionLabel(r: EvidenceRecord): string {
  return t(r.direction);
}

export function EvidenceTable(props: { records: EvidenceRecord[]; onSelect?: (r: EvidenceRecord) => void }) {
  return (
    <table class="an-table" data-testid="evidence-table">
      <thead>
        <tr>
          <th scope="col">{t('time')}</th>
          <th scope="col">{t('number')}</th>
          <th scope="col">{t('direction')}</th>
          <th scope="col">{t('content')}</th>
          <th scope="col">{t('source')}</th>
        </tr>
      </thead>
      <tbody>
        {props.records.map((r) => (
          <tr key={r.id} data-record-id={r.id} tabIndex={0} onClick={() => props.onSelect?.(r)}
            onKeyDown={(e) => e.key === 'Enter' && props.onSelect?.(r)}>
            <td class="an-nowrap">{formatBeijing(r.at, r.atPrecision !== 'min' && r.atPrecision !== 'day')}</td>
            <td class="an-nowrap">{r.numberRaw}</td>
            <td>{r.kind === 'call' ? `${t('call')} · ${t(r.direction)}` : `${t('sms')} · ${t(r.direction)}`}</td>
            <td class="an-text">{r.kind === 'call' ? `${t('seconds', { n: r.durationSec })}${r.text ? ` · ${r.text}` : ''}` : r.text}</td>
            <td class="an-muted">{r.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
