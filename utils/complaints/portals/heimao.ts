import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/** 黑猫投诉 (Sina): PC and mobile sites. Input names are unknown (FACTS.md §7): fields are found by label. */
export const heimao: PortalProfile = {
  id: 'heimao',
  channel: 'heimao',
  name: { zh: '黑猫投诉', en: 'Heimao complaints' },
  hosts: ['tousu.sina.com.cn', 'tousu.sina.cn'],
  fixture: 'heimao',
  options: { category: ['暴力催收', '催收', '骚扰'], problem: ['暴力催收', '催收'] },
  limits: { ...DEFAULT_LIMITS, demand: 100 },
  limitsSource: 'default',
  files: { maxBytes: 5 * 1024 * 1024, maxCount: 9, source: 'default' },
  confirmation: { url: /\/complaint\/view\/(\d{11})\/?/, text: COMMON_CONFIRMATION },
  notes: {
    zh: '需用微博或手机号登录。黑猫投诉是媒体平台：投诉会公开，请勿在详情里写身份证号等隐私。',
    en: 'Log in with Weibo or a phone number. Heimao is public: keep ID numbers and private details out of the text.',
  },
};
