import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/** 国家信访局 网上信访 (login required, FACTS.md §3 L). Fields by generic discovery. */
export const xinfang: PortalProfile = {
  id: 'xinfang',
  channel: 'xinfang',
  name: { zh: '国家信访局网上信访', en: 'National online petition' },
  hosts: ['wsxf.gjxfj.gov.cn'],
  fixture: 'xinfang',
  limits: { ...DEFAULT_LIMITS, details: 2000 },
  limitsSource: 'default',
  confirmation: { text: COMMON_CONFIRMATION },
  notes: {
    zh: '需要登录。有关部门不处理时再逐级反映，写明之前向哪里投诉过、编号和结果。',
    en: 'Login required. Escalate when an agency does not act; say where you complained before, the numbers and the result.',
  },
};
