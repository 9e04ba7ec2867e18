import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/**
 * 12321 SMS report. Its path and field ids are not known (FACTS.md §7 lists only the call form):
 * generic discovery finds the fields; the SMS text goes in verbatim and 欠款催收 is preferred.
 */
export const sms12321: PortalProfile = {
  id: '12321-sms',
  channel: '12321',
  name: { zh: '12321 垃圾短信举报', en: '12321 SMS report' },
  hosts: ['www.12321.cn', '12321.cn'],
  path: /^\/(?!notifyHomePhone)/i,
  fixture: '12321-sms',
  selectors: { captcha: '#w_code', sms_code: '#p_code' },
  options: { category: ['欠款催收'] },
  limits: { ...DEFAULT_LIMITS, details: 500, smsContent: 500 },
  limitsSource: 'default',
  confirmation: { text: COMMON_CONFIRMATION },
  notes: {
    zh: '短信内容必须与收到的原文一字不差，安宁照原文填写；验证码请自己填写。',
    en: 'The SMS text must be exactly as received; Anning fills it verbatim. Captcha and codes are yours.',
  },
};
