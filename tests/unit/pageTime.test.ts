import { describe, expect, it } from 'vitest';
import { parsePageTime } from '../../utils/capture/time';
import { formatBeijing, formatBeijingIntl, fromBeijing } from '../../utils/i18n/time';

// Capture moment: Wednesday 2025-06-25 09:30 Beijing.
const now = fromBeijing(2025, 6, 25, 9, 30);
const at = (raw: string) => {
  const r = parsePageTime(raw, now);
  return r && { t: formatBeijing(r.at), p: r.precision };
};

describe('page times → UTC ms (Beijing)', () => {
  it.each([
    ['22:14', '2025-06-24 22:14:00', 'min'], // later than now today → yesterday's list entry
    ['08:05', '2025-06-25 08:05:00', 'min'],
    ['昨天 22:14', '2025-06-24 22:14:00', 'min'],
    ['前天 上午9:00', '2025-06-23 09:00:00', 'min'],
    ['周三 08:05', '2025-06-25 08:05:00', 'min'],
    ['星期一 23:59', '2025-06-23 23:59:00', 'min'],
    ['周四', '2025-06-19 00:00:00', 'day'],
    ['2025年6月19日 下午10:14', '2025-06-19 22:14:00', 'min'],
    ['2025年6月19日 凌晨12:30', '2025-06-19 00:30:00', 'min'],
    ['6月19日', '2025-06-19 00:00:00', 'day'],
    ['12月31日', '2024-12-31 00:00:00', 'day'],
    ['2025-06-19 22:14:05', '2025-06-19 22:14:05', 's'],
    ['2025/6/19 22:14', '2025-06-19 22:14:00', 'min'],
    ['Jun 19, 2025 10:14 PM', '2025-06-19 22:14:00', 'min'],
    ['June 19, 10:14 AM', '2025-06-19 10:14:00', 'min'],
    ['19 Jun 2025', '2025-06-19 00:00:00', 'day'],
    ['Yesterday 10:14 PM', '2025-06-24 22:14:00', 'min'],
    ['Wed 8:05 AM', '2025-06-25 08:05:00', 'min'],
    ['１０：１４', '2025-06-24 10:14:00', 'min'], // full-width digits; later than now → yesterday
  ])('%s → %s', (raw, expected, precision) => {
    expect(at(raw)).toEqual({ t: expected, p: precision });
  });

  it('returns null for what is not a time', () => {
    for (const raw of ['', '你好', '2025年13月40日', '25:99', 'hello world']) expect(parsePageTime(raw, now)).toBeNull();
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(at('2025年6月19日 下午10:14')).toEqual({ t: '2025-06-19 22:14:00', p: 'min' });
    } finally {
      process.env.TZ = before;
    }
  });

  it('the fast Beijing formatter agrees with Intl', () => {
    for (let t = 946_684_800_000; t < 4_000_000_000_000; t += 97_654_321_987) {
      expect(formatBeijing(t)).toBe(formatBeijingIntl(t));
    }
  });
});
