/** Names of violations as the user reads them, zh-CN first. */
import type { RecordViolation } from '../utils/classify/types';
import { defineMessages } from '../utils/i18n';

const t = defineMessages<RecordViolation>({
  zh: { third_party: '骚扰第三人', contact_list: '爆通讯录/曝光', threat: '威胁恐吓', insult: '侮辱谩骂', false_legal: '虚假法律后果/冒充', odd_hours: '夜间催收（22:00–8:00）', frequency: '频率过高' },
  en: { third_party: 'Third-party contact', contact_list: 'Contact-list / exposure', threat: 'Threats', insult: 'Insults', false_legal: 'False legal threats / impersonation', odd_hours: 'Night-time (22:00–08:00)', frequency: 'Excessive frequency' },
});

export function violationLabel(v: RecordViolation): string {
  return t(v);
}
