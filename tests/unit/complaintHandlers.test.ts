import { describe, expect, it } from 'vitest';
import { route } from '../../utils/messaging/router';
import { handlers } from '../../utils/messaging/registry';
import { AnningDb } from '../../utils/store/db';

const db = new AnningDb(`complaint-handlers-${Math.random()}`);
const ext = { isExtensionPage: true, url: 'chrome-extension://id/dashboard.html' };
const portal = { isExtensionPage: false, url: 'https://tousu.sina.com.cn/complaint/', tabId: 2 };
const elsewhere = { isExtensionPage: false, url: 'https://messages.google.com/web/', tabId: 3 };
const call = (type: string, payload: unknown, sender: typeof ext | typeof portal) =>
  route(handlers, { anning: 1, type, payload }, { db, sender, now: () => Date.UTC(2026, 1, 3, 2) });

describe('complaint requests', () => {
  it('only the extension pages edit cases, drafts and the user’s own details', async () => {
    expect(await call('complaints/saveCase', { name: 'X', kind: 'bank' }, portal)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('complaints/saveReporter', { idNumber: '1' }, portal)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await call('complaints/saveCase', { name: '某银行', kind: 'bank', serviceNumber: '95555' }, ext);
    expect(r).toMatchObject({ ok: true, value: { id: 1 } });
    expect(await call('complaints/saveCase', { name: ' ', kind: 'bank' }, ext)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('complaints/saveCase', { name: 'X', kind: 'shady' }, ext)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('a content script reads drafts only from a complaint portal page', async () => {
    await call('complaints/saveReporter', { name: '张三', idNumber: '110101199001011234' }, ext);
    const onPortal = await call('complaints/fillValues', { caseId: 1, kind: 'heimao', profileId: 'heimao', withImages: false }, portal);
    expect(onPortal).toMatchObject({ ok: true, value: { text: { company: '某银行', reporterName: '张三' } } });
    // 黑猫投诉 is public: the ID number is never handed to it.
    expect((onPortal as { value: { text: Record<string, string> } }).value.text.idNumber).toBeUndefined();
    const onOther = await call('complaints/fillValues', { caseId: 1, kind: 'heimao', profileId: 'heimao' }, elsewhere);
    expect(onOther).toMatchObject({ ok: false, error: { code: 'failed', message: 'not a complaint portal' } });
    expect(await call('complaints/forPage', { profileId: 'heimao' }, elsewhere)).toMatchObject({ ok: false });
  });

  it('a portal page records its own pending complaint, and nothing else', async () => {
    const pending = await call('complaints/record', { caseId: 1, channel: 'heimao', status: 'draft' }, portal);
    expect(pending.ok).toBe(true);
    const id = (pending as { value: { id: number } }).value.id;
    // Another channel's entry can't be touched from this page.
    expect(await call('complaints/record', { id, caseId: 1, channel: 'nifa', status: 'submitted', reference: 'X' }, portal)).toMatchObject({ ok: false });
    const sent = await call('complaints/record', { id, caseId: 1, channel: 'heimao', status: 'submitted', reference: '17300000001' }, portal);
    expect(sent.ok).toBe(true);
    // Once submitted, a page can't rewrite it.
    expect(await call('complaints/record', { id, caseId: 1, channel: 'heimao', status: 'submitted', reference: 'other' }, portal)).toMatchObject({ ok: false });
    expect((await db.complaints.get(id))!.reference).toBe('17300000001');
    expect(await call('complaints/update', { id, status: 'settled' }, portal)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('complaints/update', { id, status: 'settled', reply: '已协商分期' }, ext)).toMatchObject({ ok: true });
    expect(await db.complaints.get(id)).toMatchObject({ status: 'settled', reply: '已协商分期' });
  });

  it('deleting a case keeps it in the trash with its drafts', async () => {
    await call('complaints/saveDraft', { caseId: 1, kind: 'heimao', fields: { demand: '停止' } }, ext);
    expect(await call('complaints/deleteCase', { id: 1 }, ext)).toMatchObject({ ok: true, value: { deleted: 1 } });
    expect(await db.cases.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    const [trash] = await db.trash.toArray();
    expect(trash!.rows).toHaveLength(2);
  });
});
