import { useState } from 'preact/hooks';
import { BundleCheck } from '../../../components/BundleCheck';
import type { EvidenceOwner } from '../../../utils/evidence/types';
import { sendRestore, type RestoreAnswer } from '../../../utils/export/client';
import { ImportError } from '../../../utils/export/errors';
import type { VerifyResult } from '../../../utils/export/verifier.js';
import { defineMessages, getLang, setLang, type Lang } from '../../../utils/i18n';
import { formatBeijing } from '../../../utils/i18n/time';
import { request } from '../../../utils/messaging/client';
import { getDb } from '../../../utils/store/db';
import { useLive } from '../../../utils/ui/live';
import { reloadEvidence } from '../evidenceData';
import { formatBytes, requestPersist, useBackupState, useStorage } from '../safety';

const t = defineMessages({
  zh: {
    title: '备份与设置', language: '界面语言', privacy: '隐私：安宁不联网、不统计。除非你导出文件或主动订阅号码清单，数据不会离开这台电脑。',
    backupH: '备份', backupHelp: '备份文件包含全部证据、附件、号码簿、案件和设置。请把它存到 U 盘或另一台设备上。',
    backup: '下载完整备份', lastBackup: '上次备份：{at}', never: '还没有备份过。', unbacked: '有 {n} 条证据还没有备份。', allBacked: '全部证据都已备份。', backedUp: '备份已下载（{n} 条记录）。',
    restoreH: '从备份恢复', restoreHelp: '选择安宁的备份文件（.json）。已有的记录不会被覆盖，重复的会跳过；文件有任何问题时，什么都不会改变。',
    familyH: '导入家人、朋友的证据', familyHelp: '家人或同事在他们的浏览器里保存了催收信息并导出证据包（.zip）或备份（.json），在这里导入。这些记录会被标记为“联系第三人”的证据。',
    owner: '这些证据来自', family: '家人', friend: '朋友', colleague: '同事', other: '其他人', toCase: '归入案件', keepCases: '保留原来的案件',
    choose: '选择文件', working: '正在导入…',
    added: '导入完成：新增短信 {m} 条、通话 {c} 条、附件 {a} 个；{d} 条已存在，已跳过。',
    failed: '没有导入：{error}', verifyH: '校验证据包', verifyHelp: '把证据包（.zip）拖到这里或选择文件，逐条检查是否被改动。',
    storageH: '存储空间', persisted: '浏览器已承诺不自动清除这些数据（持久存储）。', notPersisted: '浏览器还没有承诺保留这些数据：空间不足时可能被清除。', persist: '申请持久存储',
    usage: '已用 {used} / 可用 {quota}', warn: '存储空间快用完了：请先下载备份，再删除不需要的附件。',
    trashH: '最近删除', trashEmpty: '没有最近删除的内容。', undo: '撤销删除', restored: '已恢复 {n} 条。', tooLarge: '文件太大（{size}），不是安宁的备份或证据包。',
  },
  en: {
    title: 'Backup & settings', language: 'Language', privacy: 'Privacy: Anning makes no network calls of its own and has no analytics. Nothing leaves this computer unless you export it or subscribe to a number list.',
    backupH: 'Backup', backupHelp: 'A backup holds all evidence, attachments, the number book, cases and settings. Keep it on a USB stick or another device.',
    backup: 'Download a full backup', lastBackup: 'Last backup: {at}', never: 'Never backed up.', unbacked: '{n} records are not backed up yet.', allBacked: 'All evidence is backed up.', backedUp: 'Backup downloaded ({n} records).',
    restoreH: 'Restore from a backup', restoreHelp: "Choose an Anning backup (.json). Stored records are never overwritten and duplicates are skipped; if anything in the file is wrong, nothing changes.",
    familyH: "Import a family member's evidence", familyHelp: 'A relative or colleague who saved collection messages in their own browser exports a bundle (.zip) or backup (.json); import it here. These records count as evidence of third-party contact.',
    owner: 'This evidence is from', family: 'Family', friend: 'Friend', colleague: 'Colleague', other: 'Someone else', toCase: 'Put under case', keepCases: 'Keep their cases',
    choose: 'Choose file', working: 'Importing…',
    added: 'Imported: {m} new messages, {c} new calls, {a} attachments; {d} already stored were skipped.',
    failed: 'Nothing imported: {error}', verifyH: 'Check an evidence bundle', verifyHelp: 'Drop an evidence bundle (.zip) here or choose it, to check record by record whether anything was changed.',
    storageH: 'Storage', persisted: 'The browser has promised not to clear this data (persistent storage).', notPersisted: 'The browser has not promised to keep this data: it may be cleared when space runs low.', persist: 'Ask for persistent storage',
    usage: '{used} used of {quota} available', warn: 'Storage is nearly full: download a backup first, then delete attachments you do not need.',
    trashH: 'Recently deleted', trashEmpty: 'Nothing deleted recently.', undo: 'Undo delete', restored: 'Restored {n}.', tooLarge: 'The file is too large ({size}) to be an Anning backup or bundle.',
  },
});

const THIRD_PARTIES: EvidenceOwner[] = ['family', 'friend', 'colleague', 'other'];
// Same limits as utils/export (backup.ts MAX_BACKUP_CHARS, importBundle.ts MAX_BUNDLE_BYTES), checked
// before reading the file; those modules load only when a file is chosen.
const MAX_BACKUP_BYTES = 4 * 256 * 1024 * 1024;
const MAX_BUNDLE_FILE = 512 * 1024 * 1024;
const verifyFile = async (f: File) => (await import('../../../utils/export/verifier.js')).verifyBundle(new Uint8Array(await f.arrayBuffer()));

function describe(answer: RestoreAnswer): string {
  if (!answer.ok) return t('failed', { error: getLang() === 'zh' ? answer.error.zh : answer.error.en });
  const r = answer.report;
  return t('added', { m: r.messages.added, c: r.calls.added, a: r.attachments.added, d: r.messages.duplicates + r.calls.duplicates });
}

async function importFile(file: File, opts: { owner?: EvidenceOwner; caseId?: number }): Promise<string> {
  const isZip = /\.zip$/i.test(file.name) || file.type === 'application/zip';
  if (file.size > (isZip ? MAX_BUNDLE_FILE : MAX_BACKUP_BYTES)) return t('tooLarge', { size: formatBytes(file.size) });
  try {
    const text = isZip ? JSON.stringify(await (await import('../../../utils/export/importBundle')).bundleToBackup(new Uint8Array(await file.arrayBuffer()))) : await file.text();
    const answer = await sendRestore(text, { fileName: file.name, kind: isZip ? 'bundle' : 'backup', ...opts });
    if (answer.ok) await reloadEvidence();
    return describe(answer);
  } catch (e) {
    if (e instanceof ImportError) return t('failed', { error: getLang() === 'zh' ? e.zh : e.en });
    return t('failed', { error: e instanceof Error ? e.message : String(e) });
  }
}

function FilePicker(props: { accept: string; testId: string; disabled?: boolean; onFile: (f: File) => void }) {
  return (
    <input type="file" accept={props.accept} data-testid={props.testId} disabled={props.disabled}
      onChange={(e) => {
        const f = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (f) props.onFile(f);
      }} />
  );
}

function Settings() {
  const backup = useBackupState();
  const [storage, refreshStorage] = useStorage();
  const cases = useLive(() => getDb().cases.toArray(), [], []);
  const trash = useLive(() => getDb().trash.orderBy('deletedAt').reverse().limit(20).toArray(), [], []);
  const [status, setStatus] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [owner, setOwner] = useState<EvidenceOwner>('family');
  const [caseId, setCaseId] = useState('');
  const [check, setCheck] = useState<VerifyResult | null>(null);
  const say = (key: string, text: string) => setStatus((s) => ({ ...s, [key]: text }));
  const run = async (key: string, job: () => Promise<string>) => {
    setBusy(true);
    say(key, t('working'));
    try {
      say(key, await job());
    } finally {
      setBusy(false);
      refreshStorage();
    }
  };

  return (
    <section aria-labelledby="settings-title" class="an-settings">
      <h1 id="settings-title">{t('title')}</h1>

      <section aria-labelledby="backup-h" class="an-card">
        <h2 id="backup-h">{t('backupH')}</h2>
        <p>{t('backupHelp')}</p>
        <p data-testid="backup-state">
          {backup.lastAt ? t('lastBackup', { at: formatBeijing(backup.lastAt, false) }) : t('never')}{' '}
          <strong class={backup.unbacked ? 'an-warn' : ''}>{backup.unbacked ? t('unbacked', { n: backup.unbacked }) : t('allBacked')}</strong>
        </p>
        <button type="button" class="an-btn an-btn-primary" disabled={busy} data-testid="backup"
          onClick={() => void run('backup', async () => t('backedUp', { n: (await (await import('../exports')).exportBackup()).records }))}>{t('backup')}</button>
        <p role="status" aria-live="polite">{status.backup}</p>
      </section>

      <section aria-labelledby="restore-h" class="an-card">
        <h2 id="restore-h">{t('restoreH')}</h2>
        <p>{t('restoreHelp')}</p>
        <FilePicker accept=".json,application/json" testId="restore-file" disabled={busy} onFile={(f) => void run('restore', () => importFile(f, {}))} />
        <p role="status" aria-live="polite" data-testid="restore-status">{status.restore}</p>
      </section>

      <section aria-labelledby="family-h" class="an-card">
        <h2 id="family-h">{t('familyH')}</h2>
        <p>{t('familyHelp')}</p>
        <label class="an-field">{t('owner')}{' '}
          <select value={owner} onChange={(e) => setOwner(e.currentTarget.value as EvidenceOwner)} data-testid="family-owner">
            {THIRD_PARTIES.map((o) => <option key={o} value={o}>{t(o as 'family')}</option>)}
          </select>
        </label>{' '}
        <label class="an-field">{t('toCase')}{' '}
          <select value={caseId} onChange={(e) => setCaseId(e.currentTarget.value)}>
            <option value="">{t('keepCases')}</option>
            {cases.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <p><FilePicker accept=".zip,.json,application/zip,application/json" testId="family-file" disabled={busy}
          onFile={(f) => void run('family', () => importFile(f, { owner, caseId: caseId ? Number(caseId) : undefined }))} /></p>
        <p role="status" aria-live="polite" data-testid="family-status">{status.family}</p>
      </section>

      <section aria-labelledby="verify-h" class="an-card">
        <h2 id="verify-h">{t('verifyH')}</h2>
        <div class="an-drop" data-testid="verify-drop"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const f = e.dataTransfer?.files[0];
            if (f) void verifyFile(f).then(setCheck);
          }}>
          <p>{t('verifyHelp')}</p>
          <FilePicker accept=".zip,application/zip" testId="verify-file" onFile={(f) => void verifyFile(f).then(setCheck)} />
        </div>
        {check && <BundleCheck result={check} />}
      </section>

      <section aria-labelledby="storage-h" class="an-card">
        <h2 id="storage-h">{t('storageH')}</h2>
        {storage && (
          <>
            <p data-testid="storage-persisted">{storage.persisted ? t('persisted') : t('notPersisted')}</p>
            {!storage.persisted && <button type="button" class="an-btn" onClick={() => void requestPersist().then(refreshStorage)}>{t('persist')}</button>}
            {storage.quota > 0 && (
              <>
                <p data-testid="storage-usage">{t('usage', { used: formatBytes(storage.usage), quota: formatBytes(storage.quota) })}</p>
                <meter min={0} max={storage.quota} value={storage.usage} high={storage.quota * 0.8} optimum={0} aria-label={t('storageH')} />
              </>
            )}
            {storage.warn && <p class="an-warn" role="alert">{t('warn')}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="trash-h" class="an-card">
        <h2 id="trash-h">{t('trashH')}</h2>
        {trash.length === 0 ? <p class="an-muted">{t('trashEmpty')}</p> : (
          <ul class="an-trash">
            {trash.map((entry) => (
              <li key={entry.id}>
                {formatBeijing(entry.deletedAt, false)} · <span class="an-text">{entry.description}</span>{' '}
                <button type="button" class="an-btn" onClick={() => void request('export/undo', { trashId: entry.id! }).then((r) => say('trash', t('restored', { n: r.restored })))}>{t('undo')}</button>
              </li>
            ))}
          </ul>
        )}
        <p role="status" aria-live="polite">{status.trash}</p>
      </section>

      <section class="an-card">
        <label>
          {t('language')}{' '}
          <select value={getLang()} onChange={(e) => { setLang((e.currentTarget as HTMLSelectElement).value as Lang); location.reload(); }}>
            <option value="zh">中文（简体）</option>
            <option value="en">English</option>
          </select>
        </label>
        <p class="an-muted">{t('privacy')}</p>
      </section>
    </section>
  );
}

/** Loaded on demand by the list in ./index.ts. */
export default Settings;
