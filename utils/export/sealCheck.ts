/**
 * Checking seals in bulk (restore, bundles): each seal recomputed synchronously from the same sealed
 * line sealing uses (utils/evidence/sealedLine.ts); verifySeal's promise per record made seal
 * checking most of a 100,000-record restore.
 */
import { sealHashOf } from '../evidence/sealedLine';
import type { EvidenceRecord } from '../evidence/types';

/** Ids of the records whose sealed fields no longer match their hash. */
export function brokenSeals(records: Iterable<EvidenceRecord>): string[] {
  const broken: string[] = [];
  for (const r of records) if (sealHashOf(r) !== r.hash) broken.push(r.id);
  return broken;
}
