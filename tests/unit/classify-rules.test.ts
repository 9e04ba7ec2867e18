// The rule table: complete for every violation, cites as FACTS.md allows, switches law by date.
import { describe, expect, it } from 'vitest';
import { citationsFor, formatCitation, LAW, INDUSTRY, RULES, ruleById, rulesFor } from '../../utils/classify/rules';
import { CUES } from '../../utils/classify/lexicon';
import { RECORD_VIOLATIONS } from '../../utils/classify/types';
import { fromBeijing } from '../../utils/i18n/time';

const ALL_BASES = [...Object.values(LAW), ...Object.values(INDUSTRY)];

describe('rule table', () => {
  it('has at least one rule with explanations and legal basis for every violation, frequency included', () => {
    for (const v of RECORD_VIOLATIONS) {
      const rules = rulesFor(v);
      expect(rules.length, v).toBeGreaterThan(0);
      for (const r of rules) {
        expect(r.explanation.zh.length).toBeGreaterThan(10);
        expect(r.explanation.en.length).toBeGreaterThan(10);
        expect(r.basis.length).toBeGreaterThan(0);
      }
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('every lexicon cue that marks a violation points at a rule of that violation', () => {
    for (const cue of CUES) {
      if (!cue.rule) continue;
      expect(ruleById(cue.rule).violation, cue.id).toBe(cue.kind);
    }
  });

  it('article numbers only on H facts; M facts by name and content', () => {
    for (const b of ALL_BASES) {
      const basis = b as { id: string; confidence: string; article?: string; content: string; source: string };
      if (basis.confidence !== 'H') expect(basis.article, basis.id).toBeUndefined();
      expect(basis.content.length, basis.id).toBeGreaterThan(5);
      expect(basis.source).toMatch(/^FACTS\.md §\d/);
    }
    // FACTS names 第六十八条 for the 2011 credit-card measures but marks it M: it must not be cited.
    expect(formatCitation(INDUSTRY.cc2011)).not.toMatch(/第.+条/);
    expect(INDUSTRY.gbt45251.confidence).toBe('M');
  });

  it('the L-only 2018 NIFA 自律公约 is never cited', () => {
    for (const b of ALL_BASES) expect(b.document).not.toContain('自律公约');
  });
});

describe('citationsFor picks by the date of the act', () => {
  const before = fromBeijing(2025, 12, 31, 23, 59);
  const from = fromBeijing(2026, 1, 1, 0, 0);

  it('治安管理处罚法: old 第42条 before 2026-01-01 (Beijing), 第50条 from it', () => {
    for (const v of ['threat', 'insult', 'contact_list', 'false_legal', 'frequency'] as const) {
      const old = citationsFor(v, before).map((b) => b.id);
      const neu = citationsFor(v, from).map((b) => b.id);
      expect(old, v).toContain('psl-42-old');
      expect(old.some((id) => id.startsWith('psl-50')), v).toBe(false);
      expect(neu, v).not.toContain('psl-42-old');
      expect(neu.some((id) => id.startsWith('psl-50') || id === 'psl-62'), v).toBe(true);
    }
    expect(citationsFor('threat', from).find((b) => b.id === 'psl-50-1-5')?.article).toBe('第50条第一款第（五）项');
    expect(citationsFor('threat', before).find((b) => b.id === 'psl-42-old')?.note).toContain('处罚较轻');
  });

  it('the switch is at Beijing midnight, not UTC midnight', () => {
    // 2026-01-01 05:00 Beijing is still 2025-12-31 in UTC: the new law applies.
    expect(citationsFor('threat', fromBeijing(2026, 1, 1, 5, 0)).map((b) => b.id)).not.toContain('psl-42-old');
  });

  it('impersonation cites 第62条 only under the new law', () => {
    expect(citationsFor('false_legal', from, 'false_legal.impersonation').map((b) => b.id)).toContain('psl-62');
    expect(citationsFor('false_legal', before, 'false_legal.impersonation').map((b) => b.id)).not.toContain('psl-62');
  });

  it('industry rules apply from their own dates', () => {
    const ids = (at: number) => citationsFor('odd_hours', at).map((b) => b.id);
    expect(ids(fromBeijing(2024, 5, 14, 12))).not.toContain('nifa-2024');
    expect(ids(fromBeijing(2024, 5, 15, 12))).toContain('nifa-2024');
    expect(ids(fromBeijing(2025, 2, 27, 12))).not.toContain('gbt-45251-2025');
    expect(ids(fromBeijing(2025, 2, 28, 12))).toContain('gbt-45251-2025');
    expect(ids(fromBeijing(2026, 1, 29, 12))).not.toContain('cba-2026');
    expect(ids(fromBeijing(2026, 1, 30, 12))).toContain('cba-2026');
    // 刑法第293条之一 only exists from 2021-03-01.
    expect(citationsFor('threat', fromBeijing(2021, 2, 28, 12)).map((b) => b.id)).not.toContain('criminal-293-1');
  });

  it('H facts come before M facts, each basis once', () => {
    const list = citationsFor('third_party', from);
    const firstM = list.findIndex((b) => b.confidence === 'M');
    expect(list.slice(firstM).every((b) => b.confidence === 'M')).toBe(true);
    expect(new Set(list.map((b) => b.id)).size).toBe(list.length);
  });

  it('refuses a missing date rather than guessing which law applies', () => {
    expect(() => citationsFor('threat', Number.NaN)).toThrow();
  });
});
