/** The kinds of drafts (kept light: the portal content script imports this list). */
import type { ChannelId } from './channels';

/** Everything a draft is for: a web channel's form, or a document to print / read out. */
export type DraftKind =
  | 'heimao' | '12321' | 'nifa' | '12378' | 'local_finance' | '12315' | 'xinfang'
  | 'letter' | 'police' | 'script-12378' | 'script-12321' | 'script-lender';

export const DRAFT_KINDS: ReadonlyArray<{ id: DraftKind; channel: ChannelId; document: boolean; name: { zh: string; en: string } }> = [
  { id: 'heimao', channel: 'heimao', document: false, name: { zh: '黑猫投诉', en: 'Heimao complaint' } },
  { id: '12321', channel: '12321', document: false, name: { zh: '12321 举报（电话 / 短信）', en: '12321 report (call / SMS)' } },
  { id: 'nifa', channel: 'nifa', document: false, name: { zh: '互金协会举报', en: 'NIFA report' } },
  { id: '12378', channel: '12378', document: false, name: { zh: '金融监管总局投诉', en: 'NFRA complaint' } },
  { id: 'local_finance', channel: 'local_finance', document: false, name: { zh: '地方金融管理局投诉', en: 'Provincial regulator complaint' } },
  { id: '12315', channel: '12315', document: false, name: { zh: '12315 投诉', en: '12315 complaint' } },
  { id: 'xinfang', channel: 'xinfang', document: false, name: { zh: '网上信访', en: 'Online petition' } },
  { id: 'letter', channel: 'lender', document: true, name: { zh: '协商还款申请书（给平台）', en: 'Negotiation letter to the lender' } },
  { id: 'police', channel: 'police', document: true, name: { zh: '报案材料（110 / 派出所）', en: 'Police report (110)' } },
  { id: 'script-lender', channel: 'lender', document: true, name: { zh: '电话脚本：平台客服', en: 'Phone script: lender' } },
  { id: 'script-12378', channel: '12378', document: true, name: { zh: '电话脚本：12378', en: 'Phone script: 12378' } },
  { id: 'script-12321', channel: '12321', document: true, name: { zh: '电话脚本：12321', en: 'Phone script: 12321' } },
];

