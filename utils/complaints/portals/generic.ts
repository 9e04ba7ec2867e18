import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/**
 * Any other complaint form on a page Anning runs on: no known selectors, fields found by discovery,
 * the user picks the draft. Listed last so a specific profile always wins.
 */
export const generic: PortalProfile = {
  id: 'generic',
  channel: 'heimao',
  name: { zh: '投诉表单', en: 'Complaint form' },
  hosts: [],
  fixture: 'generic',
  limits: { ...DEFAULT_LIMITS },
  limitsSource: 'default',
  files: { maxBytes: 2 * 1024 * 1024, maxCount: 5, source: 'default (the strictest limit known, NIFA’s)' },
  confirmation: { text: COMMON_CONFIRMATION },
  notes: { zh: '安宁不认识这个网站，按字段名称识别；请逐项核对。', en: 'Anning does not know this site and matched fields by their labels: check each one.' },
};
