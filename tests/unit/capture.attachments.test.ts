import { describe, expect, it } from 'vitest';
import { route } from '../../utils/messaging/router';
import { handlers } from '../../utils/messaging/registry';
import { AnningDb } from '../../utils/store/db';
import { bytesToBase64 } from '../../utils/capture/attachments';
import { saveSelection } from '../../utils/capture/menus';
import { sha256Hex } from '../../utils/evidence/canonical';
import { verifySeal } from '../../utils/evidence/seal';

const ext = { isExtensionPage: true, url: 'chrome-extension://id/dashboard.html' };
const page = { isExtensionPage: false, url: 'https://example.com/', tabId: 1 };

describe('attachments and records logged by hand', () => {
  it('hashes a file on arrival, stores it once, and attaches it to the record outside the seal', async () => {
    const db = new AnningDb(`att-${Math.random()}`);
    const call = async (type: string, payload: unknown, sender: typeof ext | typeof page = ext) =>
      route(handlers, { anning: 1, type, payload }, { db, sender, now: () => 1_750_000_000_000 });
    const saved = await call('evidence/save', { source: 'manual', calls: [{ numberRaw: '13800138000', direction: 'in', at: 1_750_342_440_000, atPrecision: 'min', durationSec: 95, text: '说明天上门', sourceUrl: '手动记录（电话）' }] });
    expect(saved.ok).toBe(true);
    const id = (saved as { value: { addedIds: string[] } }).value.addedIds[0]!;
    const bytes = new TextEncoder().encode('fake recording bytes');
    const add = await call('attachments/add', { name: '录音.m4a', type: 'audio/mp4', base64: bytesToBase64(bytes), recordId: id });
    expect(add).toEqual({ ok: true, value: { id: await sha256Hex(bytes), duplicate: false } });
    const again = await call('attachments/add', { name: '同一个文件.m4a', type: 'audio/mp4', base64: bytesToBase64(bytes), recordId: id });
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    const record = (await db.calls.get(id))!;
    expect(record.attachmentIds).toEqual([await sha256Hex(bytes)]);
    expect(await verifySeal(record)).toBe(true);
    const stored = (await db.attachments.toArray())[0]!;
    expect(stored).toMatchObject({ name: '录音.m4a', size: bytes.length, recordId: id });
    // Pages can't add files.
    expect(await call('attachments/add', { name: 'x', type: 'x', base64: 'AA==' }, page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Linking an unknown attachment fails and changes nothing.
    expect(await call('attachments/link', { recordId: id, ids: ['0'.repeat(64)] })).toMatchObject({ ok: false });
  });

  it('saves a selection once', async () => {
    const db = new AnningDb(`sel-${Math.random()}`);
    const first = await saveSelection(db, '13800138000: 明天去你单位', 'https://forum.example/t/1', 1_750_000_000_000);
    expect(first.messages.added).toBe(1);
    const again = await saveSelection(db, '13800138000: 明天去你单位', 'https://forum.example/t/1', 1_750_000_000_000 + 5_000);
    expect(again.messages).toMatchObject({ added: 0, duplicates: 1 });
    const [m] = await db.messages.toArray();
    expect(m).toMatchObject({ number: '+8613800138000', source: 'selection', channel: 'other', sourceUrl: 'https://forum.example/t/1' });
  });
});
