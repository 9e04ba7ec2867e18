/**
 * The evidence bundle: one ZIP to hand to a lawyer, a regulator or a family member.
 *
 *   README.txt         what is inside and how to check it by hand (zh + en)
 *   report.html        the printable evidence report
 *   evidence.csv       the spreadsheet copy
 *   records.jsonl      one line per record: exactly the canonical JSON whose SHA-256 was sealed at capture
 *   annotations.json   case, whose phone, notes, tags per record (outside the seal)
 *   attachments/…      files kept as evidence, named by their SHA-256
 *   verify.html        offline verifier (same code as the dashboard's)
 *   manifest.json      every file and every record with its SHA-256
 *   SHA256SUMS         `sha256sum -c SHA256SUMS` checks every file, manifest.json included
 *
 * One line per record rather than one file per record: ZIP without ZIP64 holds at most 65,535 entries.
 */
import { zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../evidence/canonical';
import { SEALED_CALL_FIELDS, SEALED_MESSAGE_FIELDS, type EvidenceRecord } from '../evidence/types';
import type { AttachmentEntry } from '../store/types';
import { sealedLine } from '../evidence/sealedLine';
import { verifyPageHtml } from './verifyPage';

export const BUNDLE_FORMAT = 'anning-bundle';
export const BUNDLE_VERSION = 1;

export interface BundleInput {
  title: string;
  records: EvidenceRecord[];
  attachments: AttachmentEntry[];
  caseName: (caseId: number | undefined) => string;
  csv: string;
  reportHtml: string;
  now: number;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: number;
  title: string;
  createdAt: number;
  generator: string;
  hash: 'SHA-256';
  canonicalForm: string;
  sealedFields: { message: readonly string[]; call: readonly string[] };
  recordsFile: 'records.jsonl';
  files: Array<{ path: string; sha256: string; size: number }>;
  records: Array<{ line: number; id: string; kind: string; number: string; at: number; hash: string }>;
  attachments: Array<{ path: string; id: string; name: string; type: string; size: number; recordId?: string }>;
}

const EXT: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a', 'audio/amr': 'amr', 'audio/wav': 'wav', 'video/mp4': 'mp4', 'application/pdf': 'pdf', 'text/plain': 'txt',
};

const README = (title: string, n: number) => `安宁 Anning · 证据包 / evidence bundle
${title}
记录 records: ${n}

【中文】
report.html    证据报告（可用浏览器打开并打印 / 另存为 PDF）
evidence.csv   表格（Excel / WPS 可直接打开）
records.jsonl  每行一条记录，正是保存时计算 SHA-256 的内容（原文，未经修改）
manifest.json  每个文件、每条记录的 SHA-256
SHA256SUMS     在终端运行 sha256sum -c SHA256SUMS 可校验所有文件
verify.html    离线校验页：用浏览器打开，选择本 ZIP 文件，逐条显示是否完好

手工校验第 N 条记录（N 为 manifest.json 中 records 的 line）：
  awk 'NR==N{printf "%s", $0}' records.jsonl | sha256sum
结果应等于 manifest.json 中该记录的 hash。

【English】
report.html is the printable report, evidence.csv the spreadsheet, records.jsonl holds each record's
sealed content exactly as hashed at capture (one per line), manifest.json lists the SHA-256 of every
file and record, SHA256SUMS checks all files with \`sha256sum -c SHA256SUMS\`, and verify.html checks the
whole ZIP offline in any browser. Record N by hand: awk 'NR==N{printf "%s", $0}' records.jsonl | sha256sum
`;

export async function buildBundle(input: BundleInput): Promise<{ zip: Uint8Array; manifest: BundleManifest; manifestSha256: string }> {
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const recordsList: BundleManifest['records'] = [];
  const lines: string[] = [];
  const annotations: Record<string, unknown> = {};
  input.records.forEach((r, i) => {
    lines.push(sealedLine(r));
    recordsList.push({ line: i + 1, id: r.id, kind: r.kind, number: r.number, at: r.at, hash: r.hash });
    annotations[r.id] = { caseName: input.caseName(r.caseId), owner: r.owner, notes: r.notes, tags: r.tags, attachmentIds: r.attachmentIds };
  });
  files['README.txt'] = enc.encode(README(input.title, input.records.length));
  files['report.html'] = enc.encode(input.reportHtml);
  files['evidence.csv'] = enc.encode(input.csv);
  files['records.jsonl'] = enc.encode(lines.join('\n') + (lines.length ? '\n' : ''));
  files['annotations.json'] = enc.encode(JSON.stringify(annotations, null, 1));
  files['verify.html'] = enc.encode(verifyPageHtml());
  const attachmentList: BundleManifest['attachments'] = [];
  for (const a of input.attachments) {
    const path = `attachments/${a.id}.${EXT[a.type] ?? 'bin'}`;
    files[path] = new Uint8Array(await a.blob.arrayBuffer());
    attachmentList.push({ path, id: a.id, name: a.name, type: a.type, size: a.size, ...(a.recordId ? { recordId: a.recordId } : {}) });
  }
  const fileList: BundleManifest['files'] = [];
  for (const [path, data] of Object.entries(files)) fileList.push({ path, sha256: await sha256Hex(data), size: data.length });
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    title: input.title,
    createdAt: input.now,
    generator: 'Anning 0.1.0',
    hash: 'SHA-256',
    canonicalForm: 'JSON, object keys sorted by UTF-16 code unit, no whitespace, UTF-8',
    sealedFields: { message: SEALED_MESSAGE_FIELDS, call: SEALED_CALL_FIELDS },
    recordsFile: 'records.jsonl',
    files: fileList,
    records: recordsList,
    attachments: attachmentList,
  };
  const manifestBytes = enc.encode(JSON.stringify(manifest, null, 1));
  const manifestSha256 = await sha256Hex(manifestBytes);
  const sums = [...fileList.map((f) => `${f.sha256}  ${f.path}`), `${manifestSha256}  manifest.json`].join('\n') + '\n';
  const zippable: Zippable = { 'manifest.json': manifestBytes, 'SHA256SUMS': enc.encode(sums) };
  for (const [path, data] of Object.entries(files)) {
    // Media is already compressed; deflating it again costs time for nothing.
    zippable[path] = path.startsWith('attachments/') ? [data, { level: 0 }] : data;
  }
  return { zip: zipSync(zippable, { level: 6, mtime: new Date(input.now) }), manifest, manifestSha256 };
}
