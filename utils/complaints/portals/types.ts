/**
 * One shape for every complaint portal Anning knows (one file each, listed in index.ts). A profile
 * says where the portal lives, which draft it takes, what it knows for sure about the form (FACTS.md
 * §7 selectors), the portal's limits, and how to read a complaint number from its confirmation page.
 * Everything a profile does not say is left to generic field discovery (fill/).
 */
import type { ChannelId } from '../channels';
import type { BlockedRole, FieldRole } from '../fill/types';

export interface PortalProfile {
  id: string;
  channel: ChannelId;
  name: { zh: string; en: string };
  /** Host names the profile applies to. */
  hosts: string[];
  /** Path test within those hosts, when a host has several forms. */
  path?: RegExp;
  /** e2e fixture directory (`/portals/<fixture>/…` on 127.0.0.1), so tests exercise the same profile. */
  fixture: string;
  /** Known selectors, tried before generic discovery (from FACTS.md §7 only). */
  selectors?: Partial<Record<FieldRole | BlockedRole, string>>;
  /** Option texts to prefer for closed lists (radios, selects). */
  options?: Partial<Record<FieldRole, string[]>>;
  /** Text length limits per role. The page's own maxlength wins when it is smaller. */
  limits: Partial<Record<FieldRole, number>>;
  /** Where limits come from: FACTS.md, or our conservative default when the portal's are unknown. */
  limitsSource: 'facts' | 'default';
  /** Attachment limits. */
  files?: { maxBytes: number; maxCount: number; source: string };
  /** Reading the complaint number from the page shown after submitting. */
  confirmation?: { url?: RegExp; text?: RegExp[] };
  /** What the user should know on this portal (login, waiting time, what stays with them). */
  notes: { zh: string; en: string };
}

/** Default text limits when a portal's own are unknown: short enough for any form we have seen. */
export const DEFAULT_LIMITS: PortalProfile['limits'] = {
  title: 30,
  problem: 50,
  demand: 200,
  details: 1500,
  smsContent: 500,
  company: 50,
};

/** Ways portals word their confirmation: 投诉编号 / 举报编号 / 受理编号 / 查询码 followed by the number. */
export const COMMON_CONFIRMATION: RegExp[] = [
  /(?:投诉|举报|受理|信访|工单|查询)(?:编号|单号|号|码)\s*(?:为|是)?\s*[:：]?\s*([A-Za-z0-9-]{6,32})/,
];
