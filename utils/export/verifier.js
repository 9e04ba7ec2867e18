// The evidence-bundle verifier. Plain JavaScript with no imports on purpose: the same source runs
// inline in the bundle's verify.html (offline, opened from disk, no network), in the dashboard, and in
// Node tests. It reads the ZIP itself (DecompressionStream 'deflate-raw', in every current browser and
// Node ≥ 18) and hashes with Web Crypto, so a lawyer's browser needs nothing else.

const te = new TextEncoder();
const td = new TextDecoder('utf-8', { fatal: false });

/** Lists the entries of a ZIP file: name → { method, offset, compressedSize, size }. */
function zipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP file');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new Error('damaged ZIP directory');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    const name = td.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, { method, offset, compressedSize, size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

async function inflateRaw(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function readEntry(bytes, entry) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.offset, true) !== 0x04034b50) throw new Error('damaged ZIP entry');
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRaw(data);
  throw new Error('unsupported ZIP compression');
}

async function sha256(data) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Verifies an Anning evidence bundle (the ZIP's bytes). Never throws: a file that is not a bundle
 * gives `{ ok: false, error }`. Each record is `intact` when the SHA-256 of its line in records.jsonl equals
 * the hash in manifest.json (the hash sealed at capture), `changed` when not, `missing` when absent.
 */
export async function verifyBundle(bytes) {
  const result = { ok: false, error: '', manifestSha256: '', createdAt: 0, files: [], records: [], unlisted: [] };
  let entries;
  try {
    entries = zipEntries(bytes);
  } catch (e) {
    result.error = `not_zip: ${e.message}`;
    return result;
  }
  const manifestEntry = entries.get('manifest.json');
  if (!manifestEntry) {
    result.error = 'no_manifest';
    return result;
  }
  let manifest;
  try {
    const raw = await readEntry(bytes, manifestEntry);
    result.manifestSha256 = await sha256(raw);
    manifest = JSON.parse(td.decode(raw));
  } catch (e) {
    result.error = `bad_manifest: ${e.message}`;
    return result;
  }
  if (!manifest || manifest.format !== 'anning-bundle' || !Array.isArray(manifest.files) || !Array.isArray(manifest.records)) {
    result.error = 'bad_manifest';
    return result;
  }
  result.createdAt = typeof manifest.createdAt === 'number' ? manifest.createdAt : 0;
  const listed = new Set(['manifest.json', 'SHA256SUMS']);
  const check = async (path, expected) => {
    listed.add(path);
    const entry = entries.get(path);
    if (!entry) return 'missing';
    try {
      return (await sha256(await readEntry(bytes, entry))) === expected ? 'intact' : 'changed';
    } catch {
      return 'changed';
    }
  };
  for (const f of manifest.files) {
    result.files.push({ path: String(f.path), status: await check(String(f.path), String(f.sha256)) });
  }
  // Each line of records.jsonl is exactly the canonical JSON whose SHA-256 was sealed at capture.
  const recordsPath = typeof manifest.recordsFile === 'string' ? manifest.recordsFile : 'records.jsonl';
  listed.add(recordsPath);
  let lines = [];
  const recordsEntry = entries.get(recordsPath);
  if (recordsEntry) {
    try {
      const raw = await readEntry(bytes, recordsEntry);
      let start = 0;
      for (let i = 0; i <= raw.length; i++) {
        if (i === raw.length || raw[i] === 0x0a) {
          if (i > start || i < raw.length) lines.push(raw.subarray(start, i));
          start = i + 1;
        }
      }
    } catch {
      lines = [];
    }
  }
  for (const r of manifest.records) {
    const line = lines[Number(r.line) - 1];
    result.records.push({
      id: String(r.id),
      kind: String(r.kind),
      at: Number(r.at),
      number: String(r.number ?? ''),
      status: line === undefined ? 'missing' : (await sha256(line)) === String(r.hash) ? 'intact' : 'changed',
    });
  }
  if (lines.length > manifest.records.length) result.unlisted.push(`${recordsPath}: ${lines.length - manifest.records.length} extra line(s)`);
  for (const name of entries.keys()) if (!listed.has(name) && !name.endsWith('/')) result.unlisted.push(name);
  result.ok =
    result.files.every((f) => f.status === 'intact') &&
    result.records.every((r) => r.status === 'intact') &&
    result.unlisted.length === 0;
  return result;
}

export { zipEntries, readEntry, sha256, te as utf8 };
