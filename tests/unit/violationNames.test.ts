import { afterEach, describe, expect, it } from 'vitest';
import { RECORD_VIOLATIONS, type RecordViolation } from '../../utils/classify/types';
import { getLang, setLang, type Lang } from '../../utils/i18n';
import { VIOLATION_NAMES, violationName } from '../../utils/i18n/violationNames';

const LANGS: Lang[] = ['zh', 'en'];
const before = getLang();
afterEach(() => setLang(before));

describe('violation names', () => {
  it('name every violation a record can have, in both languages, each name told apart from the others', () => {
    expect(Object.keys(VIOLATION_NAMES).sort()).toEqual([...RECORD_VIOLATIONS].sort());
    for (const lang of LANGS) {
      for (const form of ['full', 'short'] as const) {
        const names = RECORD_VIOLATIONS.map((v) => violationName(v, form, lang));
        for (const n of names) expect(n.trim().length).toBeGreaterThan(0);
        expect(new Set(names).size, `${lang} ${form}`).toBe(names.length);
      }
    }
  });

  it('the short name is the full name without its detail, so the card and the dashboard use the same words', () => {
    for (const lang of LANGS) {
      for (const v of RECORD_VIOLATIONS) {
        expect(violationName(v, 'full', lang).startsWith(violationName(v, 'short', lang)), `${lang} ${v}`).toBe(true);
      }
    }
  });

  it('follow the UI language', () => {
    setLang('zh');
    expect(violationName('third_party')).toBe('骚扰第三方');
    expect(violationName('odd_hours', 'short')).toBe('夜间催收');
    setLang('en');
    expect(violationName('third_party')).toBe('Contacting third parties');
    expect(violationName('odd_hours')).toBe('Night-time contact (22:00–08:00)');
  });

  it('show an id they do not know as it is, not as nothing', () => {
    expect(violationName('from_a_newer_version' as RecordViolation, 'short', 'zh')).toBe('from_a_newer_version');
  });
});
