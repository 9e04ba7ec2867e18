export interface VerifyResult {
  ok: boolean;
  /** Empty, or why the file is not a readable bundle (`not_zip: …`, `no_manifest`, `bad_manifest`). */
  error: string;
  manifestSha256: string;
  createdAt: number;
  files: Array<{ path: string; status: 'intact' | 'changed' | 'missing' }>;
  records: Array<{ id: string; kind: string; at: number; number: string; status: 'intact' | 'changed' | 'missing' }>;
  /** Files in the ZIP (or extra lines) that the manifest does not list. */
  unlisted: string[];
}
export function verifyBundle(bytes: Uint8Array): Promise<VerifyResult>;
export function sha256(data: Uint8Array): Promise<string>;
