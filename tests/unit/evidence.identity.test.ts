import { describe, expect, it } from 'vitest';
import { identityKey } from '../../utils/evidence/identity';
import type { CapturedMessage } from '../../utils/evidence/types';

const message = (text: string, at = Date.UTC(2025, 5, 19, 14, 14, 5)): CapturedMessage => ({
  kind: 'message',
  number: '+8613812345678',
  numberRaw: '138 1234 5678',
  direction: 'in',
  at,
  atPrecision: 'ms',
  atRaw: String(at),
  text,
  channel: 'sms',
  source: 'sms-backup',
  sourceUrl: 'sms.xml',
  capturedAt: Date.UTC(2026, 0, 1),
});

/** Keys for a batch in order, counting in `seen` as sealing does. */
const identityKeys = (batch: CapturedMessage[], seen = new Map<string, number>()) => batch.map((r) => identityKey(r, seen));

describe('identityKey', () => {
  it('gives the ids stores already hold: the algorithm is part of every stored record', () => {
    // Pinned to what the code gave before the counter's map was keyed by hashes (2026-11-24): a change
    // here would make re-imports and recaptures of stored evidence add everything a second time.
    const twice = identityKeys([message('您的借款已逾期，请今天处理。'), message('您的借款已逾期，请今天处理。')]);
    expect(twice).toEqual(['m_5527acbb27ff857b54baf0629debbfb3', 'm_886d0fdde861123eadaaff52f199b7fb']);
  });

  it('counts identical records across batches that share one map, as one batch would', () => {
    const same = () => message('同一条短信\n换行', Date.UTC(2025, 5, 19, 14, 14, 30));
    const whole = identityKeys([same(), same(), same()]);
    const seen = new Map<string, number>();
    const split = [...(identityKeys([same()], seen)), ...(identityKeys([same(), same()], seen))];
    expect(split).toEqual(whole);
    expect(new Set(whole).size).toBe(3);
  });

  it('keeps no message text in the shared map (an import keeps it until the commit)', () => {
    const text = '再不还款就联系你的家人和同事，'.repeat(40);
    const seen = new Map<string, number>();
    identityKeys([message(text), message(`${text}！`)], seen);
    expect(seen.size).toBe(2);
    for (const key of seen.keys()) {
      expect(key.length).toBeLessThan(30);
      expect(key).not.toContain('还款');
    }
  });
});
