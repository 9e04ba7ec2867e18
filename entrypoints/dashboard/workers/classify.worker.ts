/**
 * Classifies records off the page's thread (about 100 µs a message: 100,000 take seconds) and posts
 * back one violation bit mask per record, batch by batch, so filters and counts fill in as it goes.
 */
import { classifyRecord } from '../../../utils/view/classifyRecord';
import { maskOf } from '../../../utils/view/evidenceIndex';
import type { EvidenceRecord } from '../../../utils/evidence/types';

export type ClassifyItem = Pick<EvidenceRecord, 'id' | 'kind' | 'direction' | 'text' | 'numberRaw' | 'at' | 'owner'>;
export type ClassifyReply = { ids: string[]; masks: number[]; collection: number[] };

self.addEventListener('message', (e: MessageEvent<{ items: ClassifyItem[] }>) => {
  const ids: string[] = [];
  const masks: number[] = [];
  const collection: number[] = [];
  for (const item of e.data.items) {
    const v = classifyRecord(item);
    ids.push(item.id);
    masks.push(maskOf(v.violations));
    collection.push(v.collection ? 1 : 0);
  }
  (self as unknown as Worker).postMessage({ ids, masks, collection } satisfies ClassifyReply);
});
