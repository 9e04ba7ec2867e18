/** The verifier's answer for a bundle: all intact, or exactly which files and records were changed. */
import { defineMessages } from '../utils/i18n';
import { formatBeijing } from '../utils/i18n/time';
import type { VerifyResult } from '../utils/export/verifier.js';

const t = defineMessages({
  zh: {
    ok: '全部完好：{files} 个文件、{records} 条记录都与清单中的 SHA-256 一致。', bad: '发现改动：{n} 项与清单不符。', notBundle: '这不是安宁的证据包（{error}）。',
    manifest: '清单 manifest.json 的 SHA-256：{hash}', file: '文件', record: '记录', unlisted: '清单之外', intact: '完好', changed: '已改动', missing: '缺失',
  },
  en: {
    ok: 'All intact: {files} files and {records} records match their SHA-256 in the manifest.', bad: 'Changes found: {n} items do not match the manifest.', notBundle: 'Not an Anning evidence bundle ({error}).',
    manifest: 'SHA-256 of manifest.json: {hash}', file: 'File', record: 'Record', unlisted: 'Not in manifest', intact: 'intact', changed: 'CHANGED', missing: 'MISSING',
  },
});

export function BundleCheck(props: { result: VerifyResult }) {
  const r = props.result;
  if (r.error) return <p class="an-bad" role="alert" data-testid="verify-result">{t('notBundle', { error: r.error })}</p>;
  const badFiles = r.files.filter((f) => f.status !== 'intact');
  const badRecords = r.records.filter((x) => x.status !== 'intact');
  const n = badFiles.length + badRecords.length + r.unlisted.length;
  return (
    <div data-testid="verify-result">
      <p role="status" class={r.ok ? 'an-good' : 'an-bad'}>{r.ok ? t('ok', { files: r.files.length, records: r.records.length }) : t('bad', { n })}</p>
      <p class="an-mono an-muted">{t('manifest', { hash: r.manifestSha256 })}</p>
      {n > 0 && (
        <table class="an-table">
          <tbody>
            {badFiles.map((f) => <tr key={f.path} data-status={f.status}><td>{t('file')}</td><td class="an-mono">{f.path}</td><td>{t(f.status)}</td></tr>)}
            {badRecords.map((x) => (
              <tr key={x.id} data-status={x.status} data-record-id={x.id}>
                <td>{t('record')}</td><td><span class="an-mono">{x.id}</span> · {x.number} · {Number.isFinite(x.at) ? formatBeijing(x.at, false) : ''}</td><td>{t(x.status)}</td>
              </tr>
            ))}
            {r.unlisted.map((u) => <tr key={u} data-status="unlisted"><td>{t('unlisted')}</td><td class="an-mono">{u}</td><td>{t('changed')}</td></tr>)}
          </tbody>
        </table>
      )}
    </div>
  );
}
