/**
 * Which rules a complaint cites for a case: only through utils/classify/rules.ts (the one table that
 * obeys FACTS.md), at the time of each act — so 治安管理处罚法 第50条 for acts from 2026-01-01 and the
 * old 第42条 (with its note) for earlier ones — and only the industry rules that bind this kind of lender.
 */
import { beijingDayStart, citationsFor, formatCitation, INDUSTRY, LAW, ruleById, rulesFor, type LegalBasis, type RuleId } from '../classify/rules';
import type { RecordViolation } from '../classify/types';
import type { LenderKind } from '../store/types';
import type { ViolationFact } from './facts';

/** Industry rules bind only the institutions they were written for (FACTS.md §1). */
const INDUSTRY_FOR: Record<string, LenderKind[]> = {
  [INDUSTRY.cba2026.id]: ['bank', 'consumer_finance'],
  [INDUSTRY.cfc2024.id]: ['consumer_finance'],
  [INDUSTRY.cc2011.id]: ['bank'],
  [INDUSTRY.nifa2024.id]: ['consumer_finance', 'microloan', 'unlicensed', 'unknown'],
  [INDUSTRY.gbt45251.id]: ['consumer_finance', 'microloan', 'unlicensed', 'unknown'],
};

export function basisFitsLender(b: LegalBasis, kind: LenderKind): boolean {
  const kinds = INDUSTRY_FOR[b.id];
  if (kinds) return kinds.includes(kind);
  // 催收非法债务罪 is for illegal debts only (FACTS.md §2): cite it only for unlicensed lenders.
  if (b.id === LAW.crim2931.id) return kind === 'unlicensed';
  return true;
}

export interface CitedViolation {
  violation: RecordViolation;
  title: string;
  count: number;
  bases: LegalBasis[];
}

const VIOLATION_ORDER: RecordViolation[] = ['threat', 'false_legal', 'contact_list', 'third_party', 'insult', 'frequency', 'odd_hours'];

/** The rules broken in a case, with the legal basis in force at the first and last act of each. */
export function citeViolations(violations: ViolationFact[], kind: LenderKind): CitedViolation[] {
  const out: CitedViolation[] = [];
  const sorted = [...violations].sort((a, b) => VIOLATION_ORDER.indexOf(a.violation) - VIOLATION_ORDER.indexOf(b.violation));
  for (const v of sorted) {
    const seen = new Set<string>();
    const bases: LegalBasis[] = [];
    const ruleIds = (v.ruleIds.length ? v.ruleIds : rulesFor(v.violation).map((r) => r.id)) as RuleId[];
    // The law in force at each act: before and after 2026-01-01 give different public-security articles.
    // Which bases apply changes only at their effective dates, so one act per interval between those
    // dates gives exactly the same citations as every act (thousands of calls cost nothing extra).
    const times = representativeActs([v.firstAt, v.lastAt, ...v.acts], ruleIds.flatMap((id) => ruleById(id).basis));
    for (const at of times) {
      for (const ruleId of ruleIds) {
        for (const b of citationsFor(v.violation, at, ruleId)) {
          if (seen.has(b.id) || !basisFitsLender(b, kind)) continue;
          seen.add(b.id);
          bases.push(b);
        }
      }
    }
    bases.sort((a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'H' ? -1 : 1));
    const title = ruleById(ruleIds[0]!).title.zh;
    out.push({ violation: v.violation, title, count: v.count, bases });
  }
  return out;
}

function representativeActs(acts: number[], bases: readonly LegalBasis[]): number[] {
  const bounds = [...new Set(bases.flatMap((b) => [b.effectiveFrom, b.effectiveTo]).filter((d): d is string => !!d).map(beijingDayStart))].sort((a, b) => a - b);
  const seen = new Map<number, number>();
  for (const at of acts) {
    let i = 0;
    while (i < bounds.length && at >= bounds[i]!) i++;
    if (!seen.has(i)) seen.set(i, at);
  }
  return [...seen.values()];
}

/** One citation as the complaint writes it; `short` drops the quoted content to save space. */
export function citationText(b: LegalBasis, short = false): string {
  const text = short ? `${b.document}${b.article ?? ''}` : formatCitation(b, 'zh');
  return b.note && !short ? `${text}（${b.note}）` : b.note && b.id === LAW.psl42.id ? `${text}（行为发生在2026年1月1日前，适用修订前的规定）` : text;
}

export { LAW, INDUSTRY };
