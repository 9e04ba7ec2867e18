/**
 * What each violation is called, zh-CN and English — the one list every screen uses (dashboard,
 * report, CSV, the flag card on web pages). The full name may carry a detail (the night hours, what
 * else counts); only then is there a short name, the same words without it, for the small flag card.
 * The flag card runs in every page's content script: this file must import nothing but types and
 * the language switch.
 */
import type { RecordViolation } from '../classify/types';
import { getLang, type Lang } from './index';

interface Name {
  full: string;
  /** Only where the full name carries a detail. */
  short?: string;
}

export const VIOLATION_NAMES: Readonly<Record<RecordViolation, Readonly<Record<Lang, Name>>>> = {
  third_party: {
    zh: { full: '骚扰第三方' },
    en: { full: 'Contacting third parties' },
  },
  contact_list: {
    zh: { full: '爆通讯录/公开曝光', short: '爆通讯录' },
    en: { full: 'Contact-list blasting / public shaming', short: 'Contact-list blasting' },
  },
  threat: {
    zh: { full: '威胁恐吓' },
    en: { full: 'Threats' },
  },
  insult: {
    zh: { full: '侮辱谩骂' },
    en: { full: 'Insults' },
  },
  false_legal: {
    zh: { full: '虚假法律后果/冒充公检法', short: '虚假法律后果' },
    en: { full: 'False legal threats / impersonating authorities', short: 'False legal threats' },
  },
  odd_hours: {
    zh: { full: '夜间催收（22:00–08:00）', short: '夜间催收' },
    en: { full: 'Night-time contact (22:00–08:00)', short: 'Night-time contact' },
  },
  frequency: {
    zh: { full: '催收过于频繁' },
    en: { full: 'Contacting too often' },
  },
};

/**
 * The name of a violation in the UI language (or `lang`). An id this list doesn't know (a newer
 * version's record, a message from elsewhere) is shown as it is rather than as nothing.
 */
export function violationName(v: RecordViolation, form: 'full' | 'short' = 'full', lang: Lang = getLang()): string {
  const name = (VIOLATION_NAMES as Partial<Record<string, Record<Lang, Name>>>)[v]?.[lang];
  return (form === 'short' ? name?.short : undefined) ?? name?.full ?? v;
}
