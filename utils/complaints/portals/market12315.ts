import { COMMON_CONFIRMATION, DEFAULT_LIMITS, type PortalProfile } from './types';

/** 12315 (a Vue page that blocks paste, FACTS.md §7 L). Fields by generic discovery. */
export const market12315: PortalProfile = {
  id: '12315',
  channel: '12315',
  name: { zh: '全国 12315 平台', en: '12315 platform' },
  hosts: ['www.12315.cn', '12315.cn'],
  fixture: '12315',
  limits: { ...DEFAULT_LIMITS },
  limitsSource: 'default',
  confirmation: { text: COMMON_CONFIRMATION },
  notes: {
    zh: '页面禁止粘贴，安宁直接填入。12315 对金融纠纷作用有限。',
    en: 'The page blocks paste; Anning fills fields directly. 12315 helps little with financial disputes.',
  },
};
