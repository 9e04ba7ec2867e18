import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../utils/evidence/canonical';
import { sealCalls, sealMessages, verifySeal, EvidenceInputError } from '../../utils/evidence/seal';
import { AnningDb } from '../../utils/store/db';
import { annotateRecords, saveEvidence, saveMessages } from '../../utils/store/evidence';

const ctx = { source: 'test', sourceUrl: 'https://example.test/page', capturedAt: 1_750_000_000_000 };
const msg = (over: Record<string, unknown> = {}) => ({
  numberRaw: '+86 171-2875-3039',
  direction: 'in',
  at: 1_750_342_440_000,
  atPrecision: 'min',
  atRaw: '下午10:14',
  text: '再不还款就通知你全部联系人',
  ...over,
});

let dbCount = 0;
const freshDb = () => new AnningDb(`test-${++dbCount}-${Math.random()}`);

describe('canonical JSON and SHA-256', () => {
  it('sorts keys, drops undefined, keeps Chinese as is', () => {
    expect(canonicalJson({ b: 1, a: '中', c: undefined, d: [2, { z: 1, y: null }] })).toBe('{"a":"中","b":1,"d":[2,{"y":null,"z":1}]}');
  });
  it('hashes UTF-8 bytes (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('refuses non-finite numbers instead of sealing null', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('sealing', () => {
  it('normalises the number to its key and seals the captured fields', async () => {
    const [r] = await sealMessages([msg()], ctx);
    expect(r!.number).toBe('+8617128753039');
    expect(r!.numberRaw).toBe('+86 171-2875-3039');
    expect(r!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r!.id).toMatch(/^m_[0-9a-f]{32}$/);
    expect(await verifySeal(r!)).toBe(true);
  });

  it('detects any change to a captured field, but not to notes or tags', async () => {
    const [r] = await sealMessages([msg()], ctx);
    expect(await verifySeal({ ...r!, notes: '我的备注', tags: ['重要'], caseId: 3 })).toBe(true);
    expect(await verifySeal({ ...r!, text: `${r!.text} ` })).toBe(false);
    expect(await verifySeal({ ...r!, at: r!.at + 1 })).toBe(false);
    expect(await verifySeal({ ...r!, sourceUrl: 'x' })).toBe(false);
  });

  it('gives the same id to the same message from a page and from a backup', async () => {
    const [page] = await sealMessages([msg({ at: 1_750_342_440_000, atPrecision: 'min', text: '再不还款\n就通知你全部联系人' })], ctx);
    const [backup] = await sealMessages(
      [msg({ numberRaw: '17128753039', at: 1_750_342_457_123, atPrecision: 'ms', atRaw: '', text: '再不还款 就通知你全部联系人' })],
      { ...ctx, source: 'sms-backup' },
    );
    expect(backup!.id).toBe(page!.id);
    expect(backup!.hash).not.toBe(page!.hash);
  });

  it('keeps two identical messages in one capture as two records', async () => {
    const rs = await sealMessages([msg(), msg()], ctx);
    expect(new Set(rs.map((r) => r.id)).size).toBe(2);
  });

  it('rejects the whole batch when one record is invalid, naming it', async () => {
    await expect(sealMessages([msg(), msg({ direction: 'sideways' })], ctx)).rejects.toThrow(EvidenceInputError);
    await expect(sealMessages([msg(), msg({ at: 12 })], ctx)).rejects.toThrow(/record 1 field at/);
    await expect(sealMessages([msg({ text: 'x'.repeat(20_001) })], ctx)).rejects.toThrow(/record 0 field text/);
  });

  it('keeps HTML in a message verbatim (it is evidence; it is only ever shown as text)', async () => {
    const [r] = await sealMessages([msg({ text: '<img src=x onerror=alert(1)>' })], ctx);
    expect(r!.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps a sender that is not a phone number as written', async () => {
    const [r] = await sealMessages([msg({ numberRaw: ' 中国移动 ' })], ctx);
    expect(r!.number).toBe('中国移动');
  });

  it('seals calls', async () => {
    const [c] = await sealCalls([{ numberRaw: '13900001234', direction: 'missed', at: 1_750_342_440_000 }], ctx);
    expect(c!.kind).toBe('call');
    expect(c!.durationSec).toBe(0);
    expect(c!.id).toMatch(/^c_/);
    expect(await verifySeal(c!)).toBe(true);
  });
});

describe('store', () => {
  it('stores the same message once', async () => {
    const db = freshDb();
    const first = await saveMessages(db, await sealMessages([msg(), msg({ text: '第二条' })], ctx));
    expect(first).toMatchObject({ added: 2, duplicates: 0 });
    const again = await saveMessages(db, await sealMessages([msg(), msg({ text: '第二条' })], { ...ctx, capturedAt: ctx.capturedAt + 5000 }));
    expect(again).toMatchObject({ added: 0, duplicates: 2 });
    expect(await db.messages.count()).toBe(2);
  });

  it('leaves the store as it was when a write fails midway', async () => {
    const db = freshDb();
    await saveMessages(db, await sealMessages([msg()], ctx));
    const [good] = await sealMessages([msg({ text: '新的一条' })], ctx);
    const broken = { ...good!, id: undefined } as unknown as typeof good; // no primary key: IndexedDB refuses it
    await expect(saveEvidence(db, [good!, broken!], [])).rejects.toThrow();
    expect(await db.messages.count()).toBe(1);
  });

  it('annotations change only annotation fields', async () => {
    const db = freshDb();
    const [r] = await sealMessages([msg()], ctx);
    await saveMessages(db, [r!]);
    await annotateRecords(db, [r!.id], { notes: '凌晨发来', tags: ['威胁'], caseId: 7, owner: 'family' });
    const stored = await db.messages.get(r!.id);
    expect(stored).toMatchObject({ notes: '凌晨发来', tags: ['威胁'], caseId: 7, owner: 'family', text: r!.text, hash: r!.hash });
    expect(await verifySeal(stored!)).toBe(true);
    await annotateRecords(db, [r!.id], { caseId: null });
    expect((await db.messages.get(r!.id))!.caseId).toBeUndefined();
  });
});
