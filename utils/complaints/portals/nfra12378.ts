import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/** 12378 / 金融监管总局 (an Angular site). An online complaint form is not confirmed (FACTS.md §7). */
export const nfra12378: PortalProfile = {
  id: '12378',
  channel: '12378',
  name: { zh: '金融监管总局 12378', en: 'NFRA 12378' },
  hosts: ['www.nfra.gov.cn', 'nfra.gov.cn'],
  fixture: '12378',
  limits: { ...DEFAULT_LIMITS },
  limitsSource: 'default',
  confirmation: { text: COMMON_CONFIRMATION },
  notes: {
    zh: '12378 以电话为主；若页面上有投诉表，安宁会识别并填写。也可用“电话脚本”拨打 12378。',
    en: '12378 is mainly a hotline; if the site shows a complaint form Anning recognises and fills it. Or call 12378 with the phone script.',
  },
};
