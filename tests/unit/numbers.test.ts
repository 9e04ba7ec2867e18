import { describe, expect, it } from 'vitest';
import { sealCalls, sealMessages } from '../../utils/evidence/seal';
import { markSelection, numbersInSelection } from '../../utils/flag/background';
import { isHostOff, setFlagSettings, getFlagSettings } from '../../utils/flag/settings';
import { badgeCount, distinctFlags } from '../../utils/flag/pages';
import { addNote, deleteNumbers, importItems, mergeNumbers, saveNumber, undoDelete } from '../../utils/numbers/book';
import { parseTextList } from '../../utils/numbers/lists';
import { numberStats, suggestCollectors } from '../../utils/numbers/stats';
import { addSubscription, refreshDue, refreshSubscription, removeSubscription, type Fetcher } from '../../utils/numbers/subscriptions';
import { AnningDb } from '../../utils/store/db';
import { saveEvidence } from '../../utils/store/evidence';

let n = 0;
const freshDb = () => new AnningDb(`numbers-${++n}-${Math.random()}`);
const NOW = 1_760_000_000_000;

describe('the number book', () => {
  it('matches by key: a number written any way is one entry', async () => {
    const db = freshDb();
    await saveNumber(db, '+86-138-1234-5678', { status: 'collector', label: '某某贷' }, { now: NOW });
    const again = await saveNumber(db, '138 1234 5678', { tags: ['催收'] }, { now: NOW + 1 });
    expect(again).toMatchObject({ key: '+8613812345678', status: 'collector', label: '某某贷', tags: ['催收'], source: 'user' });
    expect(await db.numbers.count()).toBe(1);
    await expect(saveNumber(db, 'call me', {}, { now: NOW })).rejects.toThrow(/not a phone number/);
  });

  it('appends dated notes', async () => {
    const db = freshDb();
    await addNote(db, '13812345678', '  第一次 ', '2025-06-19 22:14', NOW);
    const e = await addNote(db, '13812345678', '第二次', '2025-06-20 08:00', NOW);
    expect(e.notes).toBe('[2025-06-19 22:14] 第一次\n[2025-06-20 08:00] 第二次');
  });

  it('merges numbers into one collector, keeping each number', async () => {
    const db = freshDb();
    await saveNumber(db, '13812345678', { label: '张催收', status: 'suspected', tags: ['催收'], notes: 'a' }, { now: NOW });
    await saveNumber(db, '17112345678', { lender: '某某贷', status: 'collector', tags: ['骚扰'], notes: 'b' }, { now: NOW });
    const merged = await mergeNumbers(db, ['+8613812345678', '+8617112345678'], '+8613812345678', NOW + 5);
    expect(merged).toHaveLength(2);
    for (const e of await db.numbers.toArray()) {
      expect(e).toMatchObject({ label: '张催收', lender: '某某贷', status: 'collector', tags: ['催收', '骚扰'], notes: 'a\nb' });
    }
    await expect(mergeNumbers(db, ['+8613812345678'], '+8613812345678', NOW)).rejects.toThrow();
  });

  it('deletes into the trash and undoes', async () => {
    const db = freshDb();
    await saveNumber(db, '13812345678', { status: 'collector' }, { now: NOW });
    const { deleted, trashId } = await deleteNumbers(db, ['+8613812345678', '+8600000'], NOW);
    expect(deleted).toBe(1);
    expect(await db.numbers.count()).toBe(0);
    expect(await undoDelete(db, trashId!)).toBe(1);
    expect((await db.numbers.get('+8613812345678'))?.status).toBe('collector');
  });

  it('imports a list without overriding what the user set', async () => {
    const db = freshDb();
    await saveNumber(db, '13812345678', { status: 'safe', label: '我的快递员' }, { now: NOW });
    const list = parseTextList('13812345678 # 某某贷催收\n13900001234 # 某某贷\n139 0000 1234');
    const report = await importItems(db, list.items, { now: NOW, status: 'collector' });
    expect(report).toMatchObject({ added: 1, unchanged: 1 });
    expect(await db.numbers.get('+8613812345678')).toMatchObject({ status: 'safe', label: '我的快递员', source: 'user' });
    expect(await db.numbers.get('+8613900001234')).toMatchObject({ status: 'collector', label: '某某贷', source: 'import' });
  });
});

describe('list subscriptions', () => {
  function server(responses: Array<{ status: number; body?: string; headers?: Record<string, string> }>) {
    const seen: Array<Record<string, string>> = [];
    const fetcher: Fetcher = async (_url, init) => {
      seen.push({ ...(init.headers as Record<string, string>), credentials: String(init.credentials), method: String(init.method) });
      const r = responses.shift()!;
      return new Response(r.status === 304 ? null : (r.body ?? ''), { status: r.status, headers: r.headers });
    };
    return { fetcher, seen };
  }

  it('fetches conditionally, applies updates, keeps the old list on errors and removes cleanly', async () => {
    const db = freshDb();
    await saveNumber(db, '13700001111', { status: 'safe', label: 'mine' }, { now: NOW });
    const id = await addSubscription(db, 'https://lists.example/collectors.txt', NOW);
    const { fetcher, seen } = server([
      { status: 200, body: '! Title: 示例清单\n13812345678 # A贷\n13900001234\n13700001111 # 不应覆盖', headers: { etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' } },
      { status: 304 },
      { status: 200, body: '13812345678 # A贷 催收\nnot-a-number' },
      { status: 200, body: '13812345678 # A贷 催收', headers: { etag: '"v3"' } },
    ]);
    const r1 = await refreshSubscription(db, id, { fetcher, now: NOW });
    expect(r1.status).toBe('updated');
    expect(r1.report).toMatchObject({ added: 2, unchanged: 1 });
    expect(seen[0]).toMatchObject({ credentials: 'omit', method: 'GET' });
    expect(seen[0]!['if-none-match']).toBeUndefined();
    const sub = await db.subscriptions.get(id);
    expect(sub).toMatchObject({ title: '示例清单', etag: '"v1"', count: 3, lastError: '' });
    expect(await db.numbers.get('+8613812345678')).toMatchObject({ status: 'suspected', source: 'subscription', subscriptionId: id });
    expect(await db.numbers.get('+8613700001111')).toMatchObject({ status: 'safe', label: 'mine', source: 'user' });

    expect((await refreshSubscription(db, id, { fetcher, now: NOW + 1 })).status).toBe('not_modified');
    expect(seen[1]).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' });

    const bad = await refreshSubscription(db, id, { fetcher, now: NOW + 2 });
    expect(bad.status).toBe('failed');
    expect(bad.error).toMatch(/line 2/);
    expect(await db.numbers.count()).toBe(3);
    expect((await db.subscriptions.get(id))?.lastError).toMatch(/line 2/);

    const r4 = await refreshSubscription(db, id, { fetcher, now: NOW + 3 });
    expect(r4.report).toMatchObject({ updated: 1, removed: 1 });
    expect(await db.numbers.get('+8613900001234')).toBeUndefined();

    // A number the user edited becomes theirs and stays when the list goes.
    await saveNumber(db, '13812345678', { notes: 'called me' }, { now: NOW + 4 });
    await removeSubscription(db, id);
    expect(await db.subscriptions.count()).toBe(0);
    expect((await db.numbers.toArray()).map((e) => e.key).sort()).toEqual(['+8613700001111', '+8613812345678']);
  });

  it('refuses insecure and credentialed URLs, and refreshes only lists that are due', async () => {
    const db = freshDb();
    await expect(addSubscription(db, 'http://lists.example/x.txt', NOW)).rejects.toThrow(/https/);
    await expect(addSubscription(db, 'https://u:p@lists.example/x.txt', NOW)).rejects.toThrow();
    const id = await addSubscription(db, 'https://lists.example/x.txt', NOW);
    await db.subscriptions.update(id, { lastCheckedAt: NOW });
    const { fetcher, seen } = server([{ status: 304 }]);
    expect(await refreshDue(db, { fetcher, now: NOW + 60_000 })).toEqual([]);
    expect(await refreshDue(db, { fetcher, now: NOW + 7 * 3_600_000 })).toHaveLength(1);
    expect(seen).toHaveLength(1);
  });
});

describe('evidence behind numbers', () => {
  const ctx = { source: 'test', sourceUrl: 'https://example.test/', capturedAt: NOW };
  const msg = (numberRaw: string, text: string, at: number) => ({ numberRaw, direction: 'in', at, atPrecision: 'min', atRaw: '', text });

  it('suggests numbers that sent collection messages; a virtual segment alone never does', async () => {
    const db = freshDb();
    const messages = await sealMessages(
      [
        msg('17112345678', '你已逾期三天，今天不还款就通知你通讯录里所有联系人，后果自负', NOW - 3_600_000),
        msg('17112345678', '再不还钱明天上门找你家人', NOW - 7_200_000),
        msg('17012345678', '今晚一起吃饭吗？我在老地方等你', NOW),
        msg('13612345678', '您的快递已到驿站，请凭取件码取件', NOW),
      ],
      ctx,
    );
    const calls = await sealCalls([{ numberRaw: '17112345678', direction: 'missed', at: NOW - 60_000, atPrecision: 'min', atRaw: '', durationSec: 0 }], ctx);
    await saveEvidence(db, messages, calls);
    const s = await suggestCollectors(db);
    expect(s.map((x) => x.key)).toEqual(['+8617112345678']);
    expect(s[0]).toMatchObject({ messages: 2, calls: 1, lastAt: NOW - 60_000 });
    expect(s[0]!.collection).toBeGreaterThan(0);

    const stats = await numberStats(db, '+8617112345678');
    expect(stats.violations.map((v) => v.violation)).toContain('contact_list');

    // Once in the book (confirmed or dismissed), it is no longer suggested.
    await saveNumber(db, '17112345678', { status: 'collector' }, { now: NOW, source: 'inferred' });
    expect(await suggestCollectors(db)).toEqual([]);
  });
});

describe('flagging switches and badge', () => {
  it('keeps per-site switches normalised', async () => {
    const db = freshDb();
    expect(await getFlagSettings(db)).toEqual({ allSites: false, offHosts: [] });
    const s = await setFlagSettings(db, { offHosts: ['Example.COM.', 'example.com', 'b.test'] });
    expect(s.offHosts).toEqual(['b.test', 'example.com']);
    expect(isHostOff(s, 'EXAMPLE.com')).toBe(true);
    expect(isHostOff(s, 'www.example.com')).toBe(false);
  });

  it('counts distinct alarming numbers across frames', () => {
    const flags = distinctFlags({
      0: [{ key: 'a', status: 'collector' }, { key: 'b', status: 'safe' }],
      3: [{ key: 'a', status: 'collector' }, { key: 'c', status: 'suspected' }],
    });
    expect(flags.map((f) => f.key)).toEqual(['a', 'c', 'b']);
    expect(badgeCount(flags)).toBe(2);
  });

  it('context menu marks every number in the selection as a collector', async () => {
    expect(numbersInSelection('催收电话 138-1234-5678 和 010 8765 4321，别接')).toEqual(['+8613812345678', '+861087654321']);
    expect(numbersInSelection('没有号码')).toEqual([]);
    const db = freshDb();
    await saveNumber(db, '13812345678', { tags: ['骚扰'] }, { now: NOW });
    await markSelection(db, ' 13812345678 ', NOW);
    expect(await db.numbers.get('+8613812345678')).toMatchObject({ status: 'collector', tags: ['骚扰', '催收'] });
  });
});
