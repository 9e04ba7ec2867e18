/**
 * Reads a file as UTF-8 text in slices, never holding more than one slice: 100 MB backups stay out of
 * memory as a whole. Wrong encodings are refused with the byte offset where they show, because a
 * GBK or UTF-16 file decoded as UTF-8 would turn evidence into mojibake without anyone noticing.
 */
export class EncodingError extends Error {
  constructor(
    message: string,
    readonly byteOffset: number,
  ) {
    super(message);
    this.name = 'EncodingError';
  }
}

export interface SliceSource {
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export const SLICE_BYTES = 1 << 20;

/** Offset of the first byte that is not valid UTF-8 in `bytes`, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0 || b > 0xf4) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return -1; // cut at the slice's end: the next slice decides
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Calls `onText` with each decoded piece, in order, awaiting it (so a slow consumer slows the reader).
 * `onProgress` gets the bytes read so far.
 */
export async function readUtf8Slices(
  file: SliceSource,
  onText: (text: string) => void | Promise<void>,
  opts: { signal?: AbortSignal; onProgress?: (bytes: number) => void; sliceBytes?: number } = {},
): Promise<void> {
  const size = opts.sliceBytes ?? SLICE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for (let start = 0; start < file.size; start += size) {
    if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    const bytes = new Uint8Array(await file.slice(start, Math.min(file.size, start + size)).arrayBuffer());
    if (start === 0) checkStart(bytes);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const at = firstInvalidUtf8(bytes);
      throw new EncodingError(
        `文件不是 UTF-8 编码（第 ${start + Math.max(at, 0)} 字节起无法解码）——可能是 GBK 等其他编码，请用备份软件重新导出`,
        start + Math.max(at, 0),
      );
    }
    if (text) await onText(text);
    opts.onProgress?.(Math.min(file.size, start + size));
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new EncodingError('文件在一个字符的中间结束：文件不完整', file.size);
  }
  if (rest) await onText(rest);
}

function checkStart(bytes: Uint8Array) {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new EncodingError('文件是 UTF-16 编码；SMS Backup & Restore 的备份应是 UTF-8，请重新导出', 0);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) throw new EncodingError('这是一个 gzip 压缩文件，请先解压', 0);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new EncodingError('这是一个 zip 压缩文件，请先解压出里面的 .xml 文件', 0);
}
