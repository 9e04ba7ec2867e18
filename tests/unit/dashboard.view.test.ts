import { describe, expect, it } from 'vitest';
import { sealCalls, sealMessages } from '../../utils/evidence/seal';
import type { EvidenceRecord } from '../../utils/evidence/types';
import { fromBeijing } from '../../utils/i18n/time';
import { classifyRecord } from '../../utils/view/classifyRecord';
import { EvidenceIndex, fold, maskOf, violationsOfMask } from '../../utils/view/evidenceIndex';
import { filterParams, filtersFromParams } from '../../utils/view/filters';

const ctx = { source: 'test', sourceUrl: 'https://messages.google.com/', capturedAt: fromBeijing(2025, 7, 1) };

async function records(): Promise<EvidenceRecord[]> {
  const m = await sealMessages(
    [
      { numberRaw: '171 2875 3039', direction: 'in', at: fromBeijing(2025, 6, 19, 23, 14), text: '再不还款就通知你通讯录里所有的人' },
      { numberRaw: '171 2875 3039', direction: 'in', at: fromBeijing(2025, 6, 20, 9, 0), text: '還 款 了 嗎？ 逾\u200b期 要上征信' },
      { numberRaw: '13800138000', direction: 'out', at: fromBeijing(2025, 6, 21, 12, 0), text: '我会还的，请不要再打给我家人' },
    ],
    { ...ctx, caseId: 1 },
  );
  const c = await sealCalls([{ numberRaw: '95188', direction: 'missed', at: fromBeijing(2025, 6, 22, 7, 30) }], ctx);
  return [...m, ...c];
}

describe('evidence index: one list, search and filters', () => {
  it('orders newest first and finds Chinese text through padding, full-width and zero-width characters', async () => {
    const index = new EvidenceIndex(await records());
    expect(index.records.map((r) => r.kind)).toEqual(['call', 'message', 'message', 'message']);
    const texts = (f: Parameters<EvidenceIndex['filter']>[0]) => Array.from(index.filter(f), (i) => index.records[i]!.text);
    expect(texts({ query: '通讯录' })).toEqual(['再不还款就通知你通讯录里所有的人']);
    // Collectors space words out and hide zero-width characters; search folds them away.
    expect(texts({ query: '逾期' })).toHaveLength(1);
    expect(texts({ query: '还款了吗' })).toHaveLength(1); // traditional text, simplified query
    expect(texts({ query: 'ＮＯ SUCH' })).toEqual([]);
    // Numbers are searchable as written and by key.
    expect(index.filter({ query: '17128753039' }).length).toBe(2);
    expect(index.filter({ number: '+8617128753039' }).length).toBe(2);
    expect(index.filter({ caseId: 1 }).length).toBe(3);
    expect(index.filter({ caseId: 0 }).length).toBe(1);
    expect(index.filter({ kind: 'message', direction: 'out' }).length).toBe(1);
    expect(index.filter({ from: fromBeijing(2025, 6, 20), to: fromBeijing(2025, 6, 22) }).length).toBe(2);
    expect(index.filter({ source: 'other' }).length).toBe(0);
  });

  it('filters by violation once the masks are in', async () => {
    const index = new EvidenceIndex(await records());
    expect(index.filter({ violation: 'contact_list' }).length).toBe(0);
    for (const r of index.records) index.setMask(r.id, maskOf(classifyRecord(r).violations));
    expect(index.classifiedCount()).toBe(4);
    const hits = Array.from(index.filter({ violation: 'contact_list' }), (i) => index.records[i]!.text);
    expect(hits).toEqual(['再不还款就通知你通讯录里所有的人']);
    expect(violationsOfMask(maskOf(['threat', 'odd_hours']))).toEqual(['threat', 'odd_hours']);
  });

  it('folds the way the haystack does', () => {
    expect(fold('Ａ Ｂ\u200bc\u00ad')).toBe('abc');
  });

  it('round-trips filters through URL parameters (the report prints what the list shows)', () => {
    const p = filterParams({ q: '通讯录', number: '+8617128753039', caseId: '1', violation: 'threat', kind: 'sms-in', source: '', from: '2025-06-19', to: '2025-06-20' });
    const f = filtersFromParams(new URLSearchParams(p.toString()));
    expect(f).toMatchObject({ query: '通讯录', number: '+8617128753039', caseId: 1, violation: 'threat', kind: 'message', direction: 'in', from: fromBeijing(2025, 6, 19), to: fromBeijing(2025, 6, 21) });
  });
});

describe('record verdicts', () => {
  it("counts a collection message on a relative's phone as third-party contact; the user's own messages are never flagged", async () => {
    const [r] = await records();
    const own = classifyRecord(r!);
    expect(own.violations).toContain('contact_list');
    const family = classifyRecord({ ...r!, owner: 'family' });
    expect(family.violations).toContain('third_party');
    expect(family.thirdPartyByOwner).toBe(true);
    expect(classifyRecord({ ...r!, direction: 'out' }).violations).toEqual([]);
  });
});
