/**
 * verify.html inside every evidence bundle: a self-contained page (inline script, no network, works
 * from disk) that checks a bundle dropped onto it with the same verifier the dashboard uses.
 */
import verifierSource from './verifier.js?raw';

const UI = `
const $ = (s) => document.querySelector(s);
const zh = !/^en/i.test(navigator.language);
const T = zh
  ? { pick: '选择或拖入证据包（.zip）', ok: '全部完好：每个文件和每条记录都与清单中的 SHA-256 一致。', bad: '发现改动：下列项目与清单不符。', notBundle: '这不是安宁的证据包：', rec: '记录', file: '文件', st: { intact: '完好', changed: '已改动', missing: '缺失' }, unlisted: '清单之外的内容', manifest: '清单 manifest.json 的 SHA-256：' }
  : { pick: 'Choose or drop an evidence bundle (.zip)', ok: 'All intact: every file and record matches its SHA-256 in the manifest.', bad: 'Changes found: the items below do not match the manifest.', notBundle: 'Not an Anning evidence bundle: ', rec: 'Record', file: 'File', st: { intact: 'intact', changed: 'CHANGED', missing: 'MISSING' }, unlisted: 'Not in the manifest', manifest: 'SHA-256 of manifest.json: ' };
$('#pick-label').textContent = T.pick;
function row(tbody, a, b, status) {
  const tr = document.createElement('tr');
  tr.className = status;
  for (const v of [a, b, T.st[status] || status]) { const td = document.createElement('td'); td.textContent = v; tr.append(td); }
  tbody.append(tr);
}
async function run(file) {
  const out = $('#out');
  out.textContent = '…';
  const r = await verifyBundle(new Uint8Array(await file.arrayBuffer()));
  out.textContent = '';
  const head = document.createElement('p');
  head.setAttribute('role', 'status');
  head.className = r.ok ? 'ok' : 'bad';
  head.textContent = r.error ? T.notBundle + r.error : r.ok ? T.ok : T.bad;
  out.append(head);
  if (r.error) return;
  const m = document.createElement('p');
  m.textContent = T.manifest + r.manifestSha256;
  m.className = 'mono';
  out.append(m);
  const table = document.createElement('table');
  const tbody = document.createElement('tbody');
  table.append(tbody);
  const bad = (x) => x.status !== 'intact';
  const files = r.ok ? r.files : r.files.filter(bad);
  const records = r.ok ? r.records : r.records.filter(bad);
  for (const f of files) row(tbody, T.file, f.path, f.status);
  for (const x of records) row(tbody, T.rec, x.id + ' · ' + x.number + ' · ' + new Date(x.at).toISOString(), x.status);
  for (const u of r.unlisted) row(tbody, T.unlisted, u, 'changed');
  out.append(table);
  window.__anningResult = r;
}
$('#pick').addEventListener('change', (e) => e.target.files[0] && run(e.target.files[0]));
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => { e.preventDefault(); const f = e.dataTransfer.files[0]; if (f) run(f); });
`;

export function verifyPageHtml(): string {
  // Nothing user-controlled goes into this page: it is the same for every bundle.
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>安宁 证据包校验 · Anning bundle verifier</title>
<style>
body{font:15px/1.5 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:900px;margin:24px auto;padding:0 16px;color:#1d2331}
label{display:block;border:2px dashed #1f6f5c;border-radius:10px;padding:28px;text-align:center;cursor:pointer}
.ok{color:#1a7f37;font-weight:600}.bad{color:#b42318;font-weight:600}.mono{font-family:monospace;word-break:break-all;font-size:13px}
table{border-collapse:collapse;width:100%}td{border-bottom:1px solid #dde1e8;padding:4px 6px;font-size:13px;word-break:break-all}
tr.changed td,tr.missing td{color:#b42318;font-weight:600}
</style></head><body>
<h1>安宁 · 证据包校验 <small>Anning · evidence bundle verifier</small></h1>
<p>本页不联网。选择证据包 ZIP 文件，它会重新计算每个文件和每条记录的 SHA-256，并与 manifest.json 对照。<br>
This page works offline. Choose the bundle's ZIP file: it recomputes the SHA-256 of every file and record and compares them with manifest.json.</p>
<label><span id="pick-label"></span><br><input id="pick" type="file" accept=".zip,application/zip"></label>
<div id="out" aria-live="polite"></div>
<script type="module">
${verifierSource}
${UI}
</script>
</body></html>`;
}
