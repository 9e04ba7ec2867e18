/** Hands a file to the browser's download manager (the user picks where it goes). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `anning-证据-2025-06-19-2214` style names, Beijing time, safe on every file system. */
export function exportFileName(kind: string, at: number, ext: string): string {
  const d = new Date(at + 8 * 3_600_000).toISOString();
  return `anning-${kind}-${d.slice(0, 10)}-${d.slice(11, 13)}${d.slice(14, 16)}.${ext}`;
}
