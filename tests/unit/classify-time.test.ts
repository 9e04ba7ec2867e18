// odd_hours is decided in Beijing time from UTC ms, whatever the machine's time zone: this file runs
// with the process in New York, where 22:00 Beijing is 09:00 or 10:00 in the morning.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { classifyMessage, isOddHour } from '../../utils/classify';
import { fromBeijing } from '../../utils/i18n/time';

const TEXT = '【好借】您的借款已逾期2天，应还金额880.00元，请尽快还款。';
const FROM = '1065502200316';

describe('odd hours in Beijing time, process in America/New_York', () => {
  it('the process really is in New York (otherwise this test proves nothing)', () => {
    // Beijing is UTC+8 all year; New York is UTC-5 or UTC-4.
    const offset = new Date(fromBeijing(2025, 7, 1, 12, 0)).getTimezoneOffset();
    expect([240, 300]).toContain(offset);
  });

  it.each<[string, number, number, boolean]>([
    ['07:59', 7, 59, true],
    ['08:00', 8, 0, false],
    ['21:59', 21, 59, false],
    ['22:00', 22, 0, true],
    ['00:00', 0, 0, true],
    ['23:59', 23, 59, true],
  ])('%s Beijing', (_label, h, m, odd) => {
    // Summer (New York UTC-4) and winter (UTC-5) dates, and the day Beijing's date differs from New York's.
    for (const [y, mo, d] of [[2025, 7, 15], [2026, 1, 20]] as const) {
      const at = fromBeijing(y, mo, d, h, m);
      expect(isOddHour(at)).toBe(odd);
      const r = classifyMessage({ text: TEXT, from: FROM, at });
      expect(r.collection).toBe(true);
      expect(r.hourBeijing).toBe(h);
      expect(r.violations.includes('odd_hours')).toBe(odd);
    }
  });

  it('the last millisecond before 08:00 is still odd', () => {
    expect(isOddHour(fromBeijing(2025, 3, 9, 8, 0) - 1)).toBe(true);
    expect(isOddHour(fromBeijing(2025, 3, 9, 22, 0) - 1)).toBe(false);
  });

  it('times before 1970 and far ahead work too', () => {
    expect(isOddHour(fromBeijing(1969, 12, 31, 23, 0))).toBe(true);
    expect(isOddHour(fromBeijing(2099, 6, 1, 12, 0))).toBe(false);
  });
});
