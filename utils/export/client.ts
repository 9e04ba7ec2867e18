/** Dashboard side of the restore protocol: sends a backup's text in parts (see handlers.ts). */
import type { EvidenceOwner } from '../evidence/types';
import { request, type ResultOf } from '../messaging/client';

const PART = 16 * 1024 * 1024;

export type RestoreAnswer = Extract<ResultOf<'export/restore'>, { done: true }>;

export async function sendRestore(
  text: string,
  opts: { fileName: string; kind: 'backup' | 'bundle'; owner?: EvidenceOwner; caseId?: number },
): Promise<RestoreAnswer> {
  const uploadId = crypto.randomUUID();
  for (let offset = 0; ; offset += PART) {
    const last = offset + PART >= text.length;
    const answer = await request('export/restore', { uploadId, part: text.slice(offset, offset + PART), last, ...opts });
    if (answer.done) return answer;
    if (last) throw new Error('restore did not finish');
  }
}
