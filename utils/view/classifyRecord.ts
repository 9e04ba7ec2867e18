/**
 * What one stored record shows as its violations: the classifier's verdict on its text, plus the
 * evidence-owner rule (issue #5) — a collection message received on a family member's or colleague's
 * phone is third-party contact even when its text doesn't say so. Frequency is per day and case and
 * comes from utils/classify/analysis.ts, not from here.
 */
import { classifyMessage, type Classification, type MessageInput } from '../classify';
import type { Violation } from '../classify/types';
import type { EvidenceRecord } from '../evidence/types';

export interface RecordVerdict extends Classification {
  /** True when third_party comes from whose phone it is rather than from a phrase. */
  thirdPartyByOwner: boolean;
}

type Classifiable = Pick<EvidenceRecord, 'kind' | 'direction' | 'text' | 'numberRaw' | 'at' | 'owner'>;

export function classifyRecord(r: Classifiable, classify: (m: MessageInput) => Classification = classifyMessage): RecordVerdict {
  // The user's own outgoing messages and call logs without words are not collection texts.
  if (r.direction === 'out' || !r.text) return { collection: false, violations: [], hits: [], thirdPartyByOwner: false };
  const c = classify({ text: r.text, from: r.numberRaw, at: r.at });
  let thirdPartyByOwner = false;
  let violations: Violation[] = c.violations;
  if (c.collection && r.owner !== 'borrower' && !violations.includes('third_party')) {
    violations = ['third_party', ...violations];
    thirdPartyByOwner = true;
  }
  return { ...c, violations, thirdPartyByOwner };
}
