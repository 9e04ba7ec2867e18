/**
 * 收集证据 / Collect evidence: import phone backups (SMS Backup & Restore XML, in a worker), CSV files
 * with a column-mapping step, and log by hand what no file holds (a call, a visit 上门, a WeChat
 * message) with attachments. Every import is one session committed all-or-nothing in the background.
 */
import { useRef, useState } from 'preact/hooks';
import { ImportProgress, ImportResult, type ImportProgressView } from '../../../components/ImportReport';
import { CsvMappingTable } from '../../../components/CsvMappingTable';
import { Empty } from '../../../components/ui';
import { bytesToBase64 } from '../../../utils/capture/attachments';
import { csvProducer, guessMapping, previewCsv, type CsvMapping } from '../../../utils/import/csv';
import { SMS_BACKUP_SOURCE } from '../../../utils/import/backupProducer';
import { runImport, type ImportOutcome } from '../../../utils/import/run';
import { workerProducer } from '../../../utils/import/workerClient';
import { defineMessages } from '../../../utils/i18n';
import { formatBeijing, fromBeijing } from '../../../utils/i18n/time';
import { request } from '../../../utils/messaging/client';
import { getDb } from '../../../utils/store/db';
import { visibleEvidence } from '../../../utils/store/visible';
import { useLive } from '../../../utils/ui/live';
import './capture.css';

const t = defineMessages({
  zh: {
    title: '收集证据',
    sites: '在网页上保存：打开 Google 信息网页版、Google Voice、小米云服务（i.mi.com）或华为云空间（cloud.huawei.com）的短信/通话页面，页面右下角会出现「保存为证据」。其他网页：在页面上点右键 →「安宁：从本页选取消息列表」，或选中文字后右键 →「保存选中文字为证据」、「截图此页为证据」。',
    backupTitle: '导入手机短信备份（SMS Backup & Restore）',
    backupHelp: '在安卓手机上用 SMS Backup & Restore 备份短信和通话记录，把 .xml 文件复制到电脑，在这里选择它。大文件也可以，导入时可以继续使用本页。',
    chooseXml: '选择备份文件（.xml）',
    csvTitle: '导入表格（CSV）',
    csvHelp: '其他备份软件或运营商通话详单导出的 CSV：先看预览，指定每一列是什么，再导入。',
    chooseCsv: '选择 CSV 文件',
    importCsv: '导入这 {n} 行',
    logTitle: '手动记录',
    logHelp: '没有文件的证据（电话、上门、微信等其他应用里的消息）：照实填写。保存时计算哈希，之后不能修改；备注可以随时改。',
    kind: '记录什么', kindCall: '一通电话', kindVisit: '上门', kindIm: '其他应用里的消息（微信、QQ 等）',
    app: '哪个应用', time: '时间（北京时间）', who: '号码或对方（微信名、姓名）', direction: '方向',
    dirIn: '对方打来 / 发来', dirOut: '我打出 / 发出', dirMissed: '未接', dirRejected: '拒接',
    duration: '通话时长（秒）', said: '对方说了什么（尽量原话）', note: '备注（不计入哈希，可修改）',
    files: '附件（截图、录音、照片）', screenshots: '之前截的网页截图，勾选以附上：', save: '保存这条记录',
    saved: '已保存（哈希 {hash}）。', savedDup: '这条记录之前已保存过，没有重复保存。',
    needWho: '请填写号码或对方', needTime: '请填写时间',
    historyTitle: '导入记录', historyEmpty: '还没有导入过。',
    hWhen: '时间', hSource: '来源', hFile: '文件', hAdded: '新增', hDup: '重复', hRejected: '无法读取',
  },
  en: {
    title: 'Collect evidence',
    sites: 'On web pages: open the SMS / call pages of Google Messages for web, Google Voice, Xiaomi Cloud (i.mi.com) or Huawei Cloud (cloud.huawei.com) and a "保存为证据" bar appears bottom-right. Other pages: right-click → "Anning: pick a message list on this page", or select text and right-click → "Save selection as evidence", "Screenshot this page as evidence".',
    backupTitle: 'Import a phone backup (SMS Backup & Restore)',
    backupHelp: 'Back up SMS and call logs on Android with SMS Backup & Restore, copy the .xml file to this computer and choose it here. Large files are fine; you can keep using this page while it imports.',
    chooseXml: 'Choose backup file (.xml)',
    csvTitle: 'Import a table (CSV)',
    csvHelp: 'CSV from other backup apps or a carrier call-detail list: check the preview, say what each column is, then import.',
    chooseCsv: 'Choose CSV file',
    importCsv: 'Import these {n} rows',
    logTitle: 'Log by hand',
    logHelp: 'Evidence with no file (a call, a visit, a message in another app): write what happened. It is hashed when saved and can’t be changed later; the note can.',
    kind: 'What', kindCall: 'A call', kindVisit: 'A visit (上门)', kindIm: 'A message in another app (WeChat, QQ …)',
    app: 'Which app', time: 'Time (Beijing)', who: 'Number or who (WeChat name, person)', direction: 'Direction',
    dirIn: 'They called / wrote', dirOut: 'I called / wrote', dirMissed: 'Missed', dirRejected: 'Rejected',
    duration: 'Call length (seconds)', said: 'What they said (their words if you can)', note: 'Note (not hashed, can be changed)',
    files: 'Attachments (screenshots, recordings, photos)', screenshots: 'Page screenshots taken earlier; tick to attach:', save: 'Save this record',
    saved: 'Saved (hash {hash}).', savedDup: 'This record was already saved; not saved twice.',
    needWho: 'Please fill in the number or who', needTime: 'Please fill in the time',
    historyTitle: 'Import log', historyEmpty: 'No imports yet.',
    hWhen: 'When', hSource: 'Source', hFile: 'File', hAdded: 'New', hDup: 'Duplicate', hRejected: 'Unreadable',
  },
});

type Running = { progress: ImportProgressView; cancel: () => void } | null;

function useImportRunner() {
  const [running, setRunning] = useState<Running>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>();
  const [error, setError] = useState<string | undefined>();
  const run = async (start: (signal: AbortSignal, progress: (p: ImportProgressView) => void) => Promise<ImportOutcome>, total: number, unit: 'bytes' | 'rows') => {
    const ctrl = new AbortController();
    setOutcome(undefined);
    setError(undefined);
    setRunning({ progress: { done: 0, total, unit }, cancel: () => ctrl.abort() });
    try {
      setOutcome(await start(ctrl.signal, (progress) => setRunning({ progress, cancel: () => ctrl.abort() })));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setRunning(null);
    }
  };
  return { running, outcome, error, run };
}

function BackupImport() {
  const { running, outcome, error, run } = useImportRunner();
  const onFile = (file: File) =>
    run(
      (signal, progress) =>
        runImport({
          source: SMS_BACKUP_SOURCE,
          fileName: file.name,
          signal,
          send: request,
          produce: workerProducer(new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' }), file, {
            signal,
            onProgress: (p) => progress({ done: p.bytes, total: p.totalBytes, unit: 'bytes', counts: p.counts }),
          }),
        }),
      file.size,
      'bytes',
    );
  return (
    <section class="an-card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="an-muted">{t('backupHelp')}</p>
      <label class="an-file">
        {t('chooseXml')}{' '}
        <input
          type="file"
          accept=".xml,text/xml,application/xml"
          data-testid="backup-file"
          disabled={running !== null}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {running && <ImportProgress progress={running.progress} onCancel={running.cancel} />}
      <ImportResult outcome={outcome} error={error} />
    </section>
  );
}

function CsvImport() {
  const { running, outcome, error, run } = useImportRunner();
  const [file, setFile] = useState<{ name: string; text: string; rows: string[][]; total: number } | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const onFile = async (f: File) => {
    const text = await f.text();
    const preview = previewCsv(text, 8);
    const total = previewCsv(text, 0).rows.length;
    setFile({ name: f.name, text, rows: preview.rows, total });
    setMapping(guessMapping(preview.rows[0] ?? []));
  };
  const dataRows = file && mapping ? file.total - (mapping.hasHeader ? 1 : 0) : 0;
  return (
    <section class="an-card" aria-labelledby="csv-title">
      <h2 id="csv-title">{t('csvTitle')}</h2>
      <p class="an-muted">{t('csvHelp')}</p>
      <label class="an-file">
        {t('chooseCsv')}{' '}
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          data-testid="csv-file"
          disabled={running !== null}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            if (f) void onFile(f);
          }}
        />
      </label>
      {file && mapping && (
        <>
          <CsvMappingTable rows={file.rows} mapping={mapping} now={Date.now()} onChange={setMapping} />
          <button
            type="button"
            class="an-btn an-btn-primary"
            disabled={running !== null || mapping.number < 0 || mapping.time < 0}
            onClick={() =>
              void run(
                (signal) => runImport({ source: 'csv', fileName: file.name, signal, send: request, produce: csvProducer(file.text, mapping, Date.now(), file.name) }),
                dataRows,
                'rows',
              )
            }
          >
            {t('importCsv', { n: dataRows })}
          </button>
        </>
      )}
      {running && <ImportProgress progress={running.progress} onCancel={running.cancel} />}
      <ImportResult outcome={outcome} error={error} />
    </section>
  );
}

type LogKind = 'call' | 'visit' | 'im';

function beijingInputNow(): string {
  return formatBeijing(Date.now(), false).replace(' ', 'T');
}

function ManualLog() {
  const db = getDb();
  const [kind, setKind] = useState<LogKind>('call');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const screenshots = useLive(() => db.attachments.filter((a) => !a.recordId).limit(20).toArray(), [], []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = formRef.current!;
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    const who = get('who');
    const time = get('time');
    if (!who) return setStatus({ ok: false, text: t('needWho') });
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(time);
    if (!m) return setStatus({ ok: false, text: t('needTime') });
    const at = fromBeijing(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
    const said = get('said');
    const app = get('app');
    const where = kind === 'im' ? `手动记录（${app || '其他应用'}）` : kind === 'visit' ? '手动记录（上门）' : '手动记录（电话）';
    setBusy(true);
    setStatus(null);
    try {
      const base = { numberRaw: who, at, atPrecision: 'min' as const, atRaw: time.replace('T', ' '), sourceUrl: where };
      const r =
        kind === 'call'
          ? await request('evidence/save', {
              source: 'manual',
              calls: [{ ...base, direction: get('direction') as 'in', durationSec: Math.max(0, Math.round(Number(get('duration')) || 0)), text: said }],
            })
          : await request('evidence/save', {
              source: 'manual',
              messages: [{ ...base, direction: kind === 'visit' ? 'in' : (get('direction') as 'in' | 'out'), text: said, channel: kind === 'visit' ? 'visit' : 'im' }],
            });
      const id = r.addedIds[0];
      if (!id) {
        setStatus({ ok: false, text: t('savedDup') });
        return;
      }
      const note = get('note');
      if (note) await request('evidence/annotate', { ids: [id], patch: { notes: note } });
      const files = (form.querySelector('input[name=files]') as HTMLInputElement).files;
      for (const file of files ?? []) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        await request('attachments/add', { name: file.name, type: file.type, base64: bytesToBase64(bytes), recordId: id, sourceUrl: where });
      }
      const picked = f.getAll('shot').map(String);
      if (picked.length) await request('attachments/link', { recordId: id, ids: picked });
      const stored = kind === 'call' ? await visibleEvidence(db).calls.get(id) : await visibleEvidence(db).messages.get(id);
      setStatus({ ok: true, text: t('saved', { hash: stored?.hash.slice(0, 16) ?? '' }) });
      form.reset();
      (form.elements.namedItem('time') as HTMLInputElement).value = beijingInputNow();
    } catch (err) {
      setStatus({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="an-card" aria-labelledby="log-title">
      <h2 id="log-title">{t('logTitle')}</h2>
      <p class="an-muted">{t('logHelp')}</p>
      <form ref={formRef} class="an-form" onSubmit={submit} data-testid="manual-log">
        <fieldset>
          <legend>{t('kind')}</legend>
          {(['call', 'visit', 'im'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
              {t(k === 'call' ? 'kindCall' : k === 'visit' ? 'kindVisit' : 'kindIm')}
            </label>
          ))}
        </fieldset>
        {kind === 'im' && (
          <label>
            {t('app')} <input name="app" list="an-apps" placeholder="微信" />
            <datalist id="an-apps">
              <option value="微信" />
              <option value="QQ" />
              <option value="支付宝" />
              <option value="抖音" />
            </datalist>
          </label>
        )}
        <label>
          {t('time')} <input name="time" type="datetime-local" required defaultValue={beijingInputNow()} />
        </label>
        <label>
          {t('who')} <input name="who" required maxLength={200} />
        </label>
        {kind !== 'visit' && (
          <label>
            {t('direction')}{' '}
            <select name="direction">
              <option value="in">{t('dirIn')}</option>
              <option value="out">{t('dirOut')}</option>
              {kind === 'call' && <option value="missed">{t('dirMissed')}</option>}
              {kind === 'call' && <option value="rejected">{t('dirRejected')}</option>}
            </select>
          </label>
        )}
        {kind === 'call' && (
          <label>
            {t('duration')} <input name="duration" type="number" min="0" max="86400" defaultValue="0" />
          </label>
        )}
        <label>
          {t('said')} <textarea name="said" rows={4} maxLength={20000} />
        </label>
        <label>
          {t('note')} <textarea name="note" rows={2} maxLength={20000} />
        </label>
        <label>
          {t('files')} <input name="files" type="file" multiple accept="image/*,audio/*,video/*,application/pdf" />
        </label>
        {screenshots.length > 0 && (
          <fieldset>
            <legend>{t('screenshots')}</legend>
            {screenshots.map((s) => (
              <label key={s.id} class="an-shot">
                <input type="checkbox" name="shot" value={s.id} /> {s.name} · {formatBeijing(s.capturedAt, false)}{' '}
                <span class="an-muted an-mono">{s.sourceUrl.slice(0, 80)}</span>
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" class="an-btn an-btn-primary" disabled={busy}>
          {t('save')}
        </button>
        {status && (
          <p role="status" class={status.ok ? 'an-good' : 'an-bad'} data-testid="manual-status">
            {status.text}
          </p>
        )}
      </form>
    </section>
  );
}

function ImportHistory() {
  const db = getDb();
  const rows = useLive(() => db.imports.orderBy('at').reverse().limit(50).toArray(), [], []);
  return (
    <section class="an-card" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      {rows.length === 0 ? (
        <Empty>{t('historyEmpty')}</Empty>
      ) : (
        <table class="an-table" data-testid="import-history">
          <thead>
            <tr>
              <th scope="col">{t('hWhen')}</th>
              <th scope="col">{t('hSource')}</th>
              <th scope="col">{t('hFile')}</th>
              <th scope="col">{t('hAdded')}</th>
              <th scope="col">{t('hDup')}</th>
              <th scope="col">{t('hRejected')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} title={r.messages.join('\n')}>
                <td class="an-nowrap">{formatBeijing(r.at)}</td>
                <td>{r.source}</td>
                <td class="an-text">
                  {r.fileName}
                  {r.messages.length > 0 && (
                    <details>
                      <summary>{r.messages[0]}</summary>
                      <ul>
                        {r.messages.slice(1).map((l, i) => (
                          <li key={i}>{l}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td>{r.added}</td>
                <td>{r.duplicates}</td>
                <td>{r.rejected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CaptureSection() {
  return (
    <section aria-labelledby="capture-title" class="an-capture">
      <h1 id="capture-title">{t('title')}</h1>
      <p class="an-muted">{t('sites')}</p>
      <BackupImport />
      <CsvImport />
      <ManualLog />
      <ImportHistory />
    </section>
  );
}

/** Loaded on demand by the list in ./index.ts. */
export default CaptureSection;
