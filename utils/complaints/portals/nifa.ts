import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/** 中国互联网金融协会 reporting platform. Fields are not known (FACTS.md §7): generic discovery. */
export const nifa: PortalProfile = {
  id: 'nifa',
  channel: 'nifa',
  name: { zh: '中国互联网金融协会举报平台', en: 'NIFA reporting platform' },
  hosts: ['jubao.nifa.org.cn'],
  fixture: 'nifa',
  limits: { ...DEFAULT_LIMITS, details: 2000 },
  limitsSource: 'default',
  files: { maxBytes: 2 * 1024 * 1024, maxCount: 5, source: 'FACTS.md §3 (≤ 2 MB each)' },
  confirmation: { text: COMMON_CONFIRMATION },
  notes: {
    zh: '需要实名、身份证号和联系方式（在“案件”里填写，只存在本机）；被举报公司须写全称；附件每个不超过 2 MB；每天只能举报几次；约 15 个工作日答复。',
    en: 'Needs your real name, ID number and contact (entered under Cases, kept on this computer only); the company’s full name; attachments ≤ 2 MB each; a few reports a day; answer in about 15 working days.',
  },
};
