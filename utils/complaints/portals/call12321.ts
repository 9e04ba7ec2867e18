import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/** 12321 harassing-call report (`/notifyHomePhone`): selectors as FACTS.md §7 lists them. */
export const call12321: PortalProfile = {
  id: '12321-call',
  channel: '12321',
  name: { zh: '12321 骚扰电话举报', en: '12321 harassing-call report' },
  hosts: ['www.12321.cn', '12321.cn'],
  path: /^\/notifyHomePhone/i,
  fixture: '12321-call',
  selectors: {
    captcha: '#w_code',
    sms_code: '#p_code',
    reporterPhone: '#phone',
    reportedNumber: '#sms_phone',
    date: '#d241',
    time: '#d242',
    duration: '#d243',
    method: 'input[name="type"]',
    category: 'input[name="bad_type"]',
    details: '#sms_content',
  },
  options: { category: ['欠款催收'] },
  limits: { ...DEFAULT_LIMITS, details: 500 },
  limitsSource: 'default',
  confirmation: { text: COMMON_CONFIRMATION },
  notes: {
    zh: '页面先显示约 60 秒的须知，之后“同意”按钮才能点；图片验证码和短信验证码请自己填写，然后自己点提交。',
    en: 'The page shows a ~60 s notice before 同意 can be clicked; the captcha and SMS code are yours to enter, and you submit.',
  },
};
