import Papa from 'papaparse';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../utils/evidence/canonical';
import { sealCalls, sealMessages } from '../../utils/evidence/seal';
import type { EvidenceRecord } from '../../utils/evidence/types';
import { createBackup, parseBackup, restoreBackup, serializeBackup, MAX_BACKUP_CHARS } from '../../utils/export/backup';
import { buildBundle } from '../../utils/export/bundle';
import { recordsToCsv, verbatimCells } from '../../utils/export/csv';
import { ImportError } from '../../utils/export/errors';
import { bundleToBackup } from '../../utils/export/importBundle';
import { deleteEvidence, undoDelete } from '../../utils/export/trash';
import { verifyBundle } from '../../utils/export/verifier.js';
import { AnningDb } from '../../utils/store/db';
import { saveEvidence } from '../../utils/store/evidence';

let n = 0;
const freshDb = () => new AnningDb(`export-${++n}-${Math.random()}`);
const ctx = { source: 'test', sourceUrl: 'https://messages.google.com/web/conversations/1', capturedAt: 1_750_000_000_000 };
const T0 = 1_750_342_440_000;

const texts = [
  '再不还款就通知你全部联系人，<b>后果自负</b>！',
  '=HYPERLINK("http://evil.example","点我")',
  '-5 元违约金',
  '@所有人 这个人欠钱不还',
  '【某某贷】您的账单已逾期，请尽快还款。\n第二行',
  '含 "引号", 逗号，和换行\r\n的短信',
];

async function seed(db: AnningDb) {
  const caseId = (await db.cases.add({ name: '某某贷', kind: 'microloan', serviceNumber: '', loan: {}, notes: '', createdAt: T0, updatedAt: T0 })) as number;
  const messages = await sealMessages(
    texts.map((text, i) => ({ numberRaw: i % 2 ? '171 2875 3039' : '+86 162-4034-9523', direction: 'in', at: T0 + i * 3_600_000, atPrecision: 'min', atRaw: '22:14', text })),
    { ...ctx, caseId },
  );
  const calls = await sealCalls([{ numberRaw: '95188', direction: 'missed', at: T0 + 999_000 }], { ...ctx, caseId });
  await saveEvidence(db, messages, calls);
  const bytes = new TextEncoder().encode('fake screenshot bytes');
  const id = await sha256Hex(bytes);
  await db.attachments.add({ id, name: '截图.png', type: 'image/png', size: bytes.length, blob: new Blob([bytes], { type: 'image/png' }), recordId: messages[0]!.id, caseId, capturedAt: T0, sourceUrl: 'manual' });
  await db.messages.update(messages[0]!.id, { attachmentIds: [id], notes: '第一条', tags: ['夜间'] });
  await db.numbers.put({ key: '+8617128753039', kind: 'mobile', display: '171 2875 3039', status: 'collector', label: '', lender: '某某贷', caseId, tags: [], source: 'user', notes: '', createdAt: T0, updatedAt: T0 });
  await db.settings.put({ key: 'lang', value: 'zh' });
  return { caseId, messages, calls };
}

async function snapshot(db: AnningDb) {
  const strip = <T extends { caseId?: number }>(r: T) => ({ ...r, caseId: r.caseId === undefined ? undefined : 'case' });
  return {
    messages: (await db.messages.orderBy('id').toArray()).map(strip),
    calls: (await db.calls.orderBy('id').toArray()).map(strip),
    attachments: await Promise.all((await db.attachments.toArray()).map(async ({ blob, ...a }) => ({ ...strip(a), bytes: await sha256Hex(new Uint8Array(await blob.arrayBuffer())) }))),
    numbers: (await db.numbers.toArray()).map(strip),
    cases: (await db.cases.toArray()).map((c) => c.name),
    settings: await db.settings.toArray(),
  };
}

const csvContext = { caseName: (id?: number) => (id ? '某某贷' : ''), violationsOf: (r: EvidenceRecord) => (r.text.includes('后果自负') ? ['威胁恐吓'] : []), lang: 'zh' as const };

describe('JSON backup', () => {
  it('backup → wipe → restore gives identical records, hashes and attachments', async () => {
    const db = freshDb();
    await seed(db);
    const before = await snapshot(db);
    const text = serializeBackup(await createBackup(db, T0 + 10));
    await db.delete();
    const fresh = freshDb();
    const report = await restoreBackup(fresh, parseBackup(text));
    expect(report.messages).toEqual({ added: texts.length, duplicates: 0 });
    expect(report.calls).toEqual({ added: 1, duplicates: 0 });
    expect(report.attachments.added).toBe(1);
    expect(await snapshot(fresh)).toEqual(before);
  });

  it('restoring into a store that has some of it merges and counts duplicates', async () => {
    const db = freshDb();
    const { messages } = await seed(db);
    const text = serializeBackup(await createBackup(db));
    await db.messages.delete(messages[2]!.id);
    const report = await restoreBackup(db, parseBackup(text));
    expect(report.messages).toEqual({ added: 1, duplicates: texts.length - 1 });
    expect(report.cases).toEqual({ added: 0, matched: 1 });
    expect(await db.cases.count()).toBe(1);
    expect(await db.messages.count()).toBe(texts.length);
  });

  it("a family member's backup counts as their evidence and only evidence is imported", async () => {
    const theirs = freshDb();
    await seed(theirs);
    const text = serializeBackup(await createBackup(theirs));
    const mine = freshDb();
    const report = await restoreBackup(mine, parseBackup(text), { owner: 'family', evidenceOnly: true });
    expect(report.messages.added).toBe(texts.length);
    expect(new Set((await mine.messages.toArray()).map((r) => r.owner))).toEqual(new Set(['family']));
    expect(await mine.numbers.count()).toBe(0);
    expect(await mine.settings.count()).toBe(0);
    expect((await mine.cases.toArray()).map((c) => c.name)).toEqual(['某某贷']);
  });

  const rejects = async (text: string, code: string) => {
    const db = freshDb();
    await seed(db);
    const before = await snapshot(db);
    let error: unknown;
    try {
      await restoreBackup(db, parseBackup(text));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
    expect((error as ImportError).zh.length).toBeGreaterThan(3);
    expect(await snapshot(db)).toEqual(before);
  };

  it('rejects bad JSON, other files, wrong versions and huge files, changing nothing', async () => {
    const good = JSON.parse(serializeBackup(await createBackup(await (async () => { const d = freshDb(); await seed(d); return d; })())));
    await rejects('{"format":"anning-backup", "version": 1, "tables": {', 'not_json');
    await rejects('[1,2,3]', 'not_backup');
    await rejects(JSON.stringify({ ...good, format: 'something-else' }), 'not_backup');
    await rejects(JSON.stringify({ ...good, version: 99 }), 'newer_version');
    await rejects(JSON.stringify({ ...good, version: 0 }), 'unknown_version');
    await rejects(JSON.stringify({ ...good, version: '1' }), 'unknown_version');
    expect(() => parseBackup(' '.repeat(MAX_BACKUP_CHARS + 1))).toThrow(/too large/);
  });

  it('rejects markup in structural fields and tampered records, changing nothing', async () => {
    const db = freshDb();
    await seed(db);
    const good = JSON.parse(serializeBackup(await createBackup(db)));
    const variant = (edit: (b: typeof good) => void) => {
      const copy = structuredClone(good);
      edit(copy);
      return JSON.stringify(copy);
    };
    await rejects(variant((b) => (b.tables.messages[0].id = '<script>alert(1)</script>')), 'invalid');
    await rejects(variant((b) => (b.tables.messages[0].source = '<img src=x onerror=alert(1)>')), 'invalid');
    await rejects(variant((b) => (b.tables.cases[0].kind = '<b>bank</b>')), 'invalid');
    await rejects(variant((b) => (b.tables.attachments[0].type = 'text/html"><script>')), 'invalid');
    await rejects(variant((b) => (b.tables.messages[0].caseId = -1)), 'invalid');
    // A changed text with the old hash: the seal no longer matches.
    await rejects(variant((b) => (b.tables.messages[1].text += '!')), 'tampered');
    await rejects(variant((b) => (b.tables.attachments[0].data = btoa('other bytes'))), 'tampered');
    // The second good record must not sneak in when a later one is bad (all-or-nothing).
    await rejects(variant((b) => { b.tables.messages[5].direction = 'sideways'; }), 'invalid');
  });

  it('keeps markup inside message text verbatim (evidence is never edited)', async () => {
    const db = freshDb();
    await seed(db);
    const text = serializeBackup(await createBackup(db));
    const fresh = freshDb();
    await restoreBackup(fresh, parseBackup(text));
    expect((await fresh.messages.toArray()).map((m) => m.text).sort()).toEqual([...texts].sort());
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes every cell, neutralises formulas and can be read back verbatim', async () => {
    const db = freshDb();
    await seed(db);
    const records: EvidenceRecord[] = [...(await db.messages.orderBy('at').toArray()), ...(await db.calls.toArray())];
    const csv = recordsToCsv(records, csvContext);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"时间（北京时间）"');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(records.length + 1);
    const textCol = parsed[0]!.indexOf('内容（原文）');
    for (const row of parsed.slice(1)) {
      // No cell a spreadsheet would evaluate.
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const byId = new Map(parsed.slice(1).map((r) => [r[0], verbatimCells(r)]));
    for (const r of records) {
      const row = byId.get(r.id)!;
      expect(row[textCol]).toBe(r.text);
      expect(row[3]).toBe(r.number);
      expect(row[21]).toBe(r.hash);
      expect(row[12]).toBe(r.text.includes('后果自负') ? '威胁恐吓' : '');
    }
    expect(parsed[1]![5]).toBe('2025-06-19 22:14:00');
    expect(parsed[1]![6]).toBe('2025-06-19T14:14:00.000Z');
  });
});

describe('evidence bundle', () => {
  async function bundleOf(db: AnningDb) {
    const records: EvidenceRecord[] = [...(await db.messages.orderBy('at').toArray()), ...(await db.calls.toArray())];
    return buildBundle({
      title: '某某贷', records, attachments: await db.attachments.toArray(), caseName: () => '某某贷',
      csv: recordsToCsv(records, csvContext), reportHtml: '<!doctype html><title>r</title>', now: T0,
    });
  }

  it('export → verify says every file and record is intact; records.jsonl lines hash to the seals', async () => {
    const db = freshDb();
    await seed(db);
    const { zip, manifest } = await bundleOf(db);
    const result = await verifyBundle(zip);
    expect(result.error).toBe('');
    expect(result.ok).toBe(true);
    expect(result.records).toHaveLength(texts.length + 1);
    expect(result.records.every((r) => r.status === 'intact')).toBe(true);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'SHA256SUMS', 'annotations.json', 'evidence.csv', 'manifest.json', 'records.jsonl', 'report.html', 'verify.html', manifest.attachments[0]!.path].sort(),
    );
    // SHA256SUMS is what `sha256sum -c` reads: every file, manifest.json included.
    const sums = new TextDecoder().decode(files['SHA256SUMS']).trim().split('\n');
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      expect(await sha256Hex(files[path!]!)).toBe(hash);
    }
    expect(new TextDecoder().decode(files['verify.html'])).not.toMatch(/https?:\/\/(?!evil)/);
  });

  it('changing one byte of one record names exactly that record', async () => {
    const db = freshDb();
    await seed(db);
    const { zip, manifest } = await bundleOf(db);
    const files = unzipSync(zip);
    const lines = new TextDecoder().decode(files['records.jsonl']).split('\n');
    const target = 3;
    // One byte: a digit of the time changes (07 → 08 style edits are what a forger would do).
    lines[target] = lines[target]!.replace(/"at":(\d+)/, (_m, d: string) => `"at":${d.slice(0, -1)}${(Number(d.at(-1)) + 1) % 10}`);
    files['records.jsonl'] = new TextEncoder().encode(lines.join('\n'));
    const result = await verifyBundle(zipSync(files));
    expect(result.ok).toBe(false);
    const changed = result.records.filter((r) => r.status !== 'intact').map((r) => r.id);
    expect(changed).toEqual([manifest.records[target]!.id]);
    expect(result.files.filter((f) => f.status !== 'intact').map((f) => f.path)).toEqual(['records.jsonl']);
  });

  it('reports files that were changed, removed or added', async () => {
    const db = freshDb();
    await seed(db);
    const { zip } = await bundleOf(db);
    const files = unzipSync(zip);
    files['evidence.csv'] = new TextEncoder().encode('x');
    delete files['report.html'];
    files['extra.exe'] = new Uint8Array([1]);
    const result = await verifyBundle(zipSync(files));
    expect(result.ok).toBe(false);
    expect(Object.fromEntries(result.files.map((f) => [f.path, f.status]))).toMatchObject({ 'evidence.csv': 'changed', 'report.html': 'missing', 'README.txt': 'intact' });
    expect(result.unlisted).toEqual(['extra.exe']);
    expect(result.records.every((r) => r.status === 'intact')).toBe(true);
  });

  it('says plainly when a file is not a bundle', async () => {
    expect((await verifyBundle(new TextEncoder().encode('hello'))).error).toMatch(/not_zip/);
    expect((await verifyBundle(zipSync({ 'a.txt': new Uint8Array([1]) }))).error).toBe('no_manifest');
  });

  it("imports a relative's bundle as third-party evidence; refuses a changed one", async () => {
    const theirs = freshDb();
    await seed(theirs);
    const { zip } = await bundleOf(theirs);
    const mine = freshDb();
    const backup = parseBackup(JSON.stringify(await bundleToBackup(zip)));
    const report = await restoreBackup(mine, backup, { owner: 'family', evidenceOnly: true });
    expect(report.messages.added).toBe(texts.length);
    expect(report.attachments.added).toBe(1);
    const stored = await mine.messages.toArray();
    expect(stored.every((r) => r.owner === 'family')).toBe(true);
    const original = await theirs.messages.toArray();
    expect(stored.map((r) => r.hash).sort()).toEqual(original.map((r) => r.hash).sort());
    expect((await mine.cases.toArray()).map((c) => c.name)).toEqual(['某某贷']);

    const files = unzipSync(zip);
    files['records.jsonl'] = new TextEncoder().encode(new TextDecoder().decode(files['records.jsonl']).replace('后果自负', '后果自傲'));
    await expect(bundleToBackup(zipSync(files))).rejects.toMatchObject({ code: 'tampered' });
  });
});

describe('delete with undo', () => {
  it('moves records and their files to the trash and brings them back unchanged', async () => {
    const db = freshDb();
    const { messages } = await seed(db);
    const before = await snapshot(db);
    const { trashId, deleted } = await deleteEvidence(db, [messages[0]!.id, messages[1]!.id], T0, 'test');
    expect(deleted).toBe(2);
    expect(await db.messages.count()).toBe(texts.length - 2);
    expect(await db.attachments.count()).toBe(0);
    await undoDelete(db, trashId);
    expect(await snapshot(db)).toEqual(before);
    await expect(undoDelete(db, trashId)).rejects.toThrow(/no longer/);
  });
});

describe('export protocol handlers', () => {
  const ext = { isExtensionPage: true, url: 'chrome-extension://x/dashboard.html' };
  const page = { isExtensionPage: false, url: 'https://evil.example/', tabId: 1 };

  it('restores a backup sent in parts; a web page may not restore or delete', async () => {
    const { route } = await import('../../utils/messaging/router');
    const { exportHandlers } = await import('../../utils/export/handlers');
    const theirs = freshDb();
    await seed(theirs);
    const text = serializeBackup(await createBackup(theirs));
    const db = freshDb();
    const call = (sender: typeof ext | typeof page, type: string, payload: unknown) =>
      route(exportHandlers, { anning: 1, type, payload }, { db, sender, now: () => T0 });
    expect(await call(page, 'export/restore', { uploadId: 'aaaaaaaa-1', part: text, last: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(page, 'export/delete', { ids: ['m_' + '0'.repeat(32)] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const third = Math.ceil(text.length / 3);
    const parts = [text.slice(0, third), text.slice(third, 2 * third), text.slice(2 * third)];
    for (const [i, part] of parts.entries()) {
      const r = (await call(ext, 'export/restore', { uploadId: 'bbbbbbbb-2', part, last: i === 2, fileName: 'b.json' })) as { ok: true; value: { done: boolean; ok?: boolean; report?: { messages: { added: number } } } };
      expect(r.ok).toBe(true);
      expect(r.value.done).toBe(i === 2);
      if (i === 2) expect(r.value.report?.messages.added).toBe(texts.length);
    }
    // A broken upload answers with the bilingual error and writes nothing more.
    const before = await db.messages.count();
    const bad = (await call(ext, 'export/restore', { uploadId: 'cccccccc-3', part: text.slice(0, 100), last: true })) as { ok: true; value: { ok: boolean; error: { code: string; zh: string } } };
    expect(bad.value).toMatchObject({ ok: false, error: { code: 'not_json' } });
    expect(await db.messages.count()).toBe(before);
    const log = await db.imports.toArray();
    expect(log.at(-1)).toMatchObject({ fileName: 'b.json', added: texts.length + 1 });
  });
});

describe('bulk seal check', () => {
  it('computes exactly the seal of utils/evidence (same canonical text, same hash) and finds changed records', async () => {
    const { brokenSeals } = await import('../../utils/export/sealCheck');
    const { sealedLine, sealHashOf } = await import('../../utils/evidence/sealedLine');
    const { canonicalJson, sha256Hex } = await import('../../utils/evidence/canonical');
    const { SEALED_MESSAGE_FIELDS, SEALED_CALL_FIELDS } = await import('../../utils/evidence/types');
    const db = freshDb();
    await seed(db);
    const tricky = await sealMessages([{ numberRaw: '中国移动', direction: 'in', at: T0, text: '"引号" \\ 反斜杠 \n 换行 \u2028 \t 😀 \u0001' }], ctx);
    const all: EvidenceRecord[] = [...(await db.messages.toArray()), ...(await db.calls.toArray()), ...tricky];
    for (const r of all) {
      const fields = r.kind === 'message' ? SEALED_MESSAGE_FIELDS : SEALED_CALL_FIELDS;
      const picked = Object.fromEntries(fields.map((f) => [f, (r as unknown as Record<string, unknown>)[f]]));
      expect(sealedLine(r)).toBe(canonicalJson(picked));
      expect(sealHashOf(r)).toBe(r.hash);
      // The seal as documented: SHA-256 of the generic canonical JSON of the sealed fields.
      expect(await sha256Hex(canonicalJson(picked))).toBe(r.hash);
    }
    expect(brokenSeals(all)).toEqual([]);
    expect(brokenSeals([{ ...all[2]!, text: all[2]!.text + ' ' } as EvidenceRecord])).toEqual([all[2]!.id]);
  });
});
