/**
 * Keeping evidence safe: persistent storage, usage against quota, and whether there is evidence that
 * has not been backed up. Shared by the shell's reminder banner and the settings section.
 */
import { useEffect, useState } from 'preact/hooks';
import { LAST_BACKUP_KEY } from '../../utils/export/keys';
import { getDb } from '../../utils/store/db';
import { visibleEvidence } from '../../utils/store/visible';
import { useLive } from '../../utils/ui/live';

/** Warn when less than this share of the quota, or less than this many bytes, is left. */
export const WARN_SHARE = 0.8;
export const WARN_FREE_BYTES = 500 * 1024 * 1024;

export interface StorageInfo {
  persisted: boolean | null;
  usage: number;
  quota: number;
  warn: boolean;
}

export async function readStorage(): Promise<StorageInfo> {
  const s = navigator.storage;
  if (!s?.estimate) return { persisted: null, usage: 0, quota: 0, warn: false };
  const [persisted, { usage = 0, quota = 0 }] = await Promise.all([s.persisted?.() ?? Promise.resolve(null), s.estimate()]);
  return { persisted, usage, quota, warn: quota > 0 && (usage / quota > WARN_SHARE || quota - usage < WARN_FREE_BYTES) };
}

/** Asks once per page load; browsers grant it silently to extensions with unlimitedStorage. */
export async function requestPersist(): Promise<boolean | null> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? null;
  } catch {
    return null;
  }
}

export function useStorage(): [StorageInfo | null, () => void] {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const refresh = () => void readStorage().then(setInfo);
  useEffect(refresh, []);
  return [info, refresh];
}

export interface BackupState {
  lastAt?: number;
  /** Records captured after the last backup (all of them when never backed up). */
  unbacked: number;
}

export function useBackupState(): BackupState {
  return useLive<BackupState>(
    async () => {
      const db = getDb();
      const last = (await db.settings.get(LAST_BACKUP_KEY))?.value as { at: number } | undefined;
      const after = last?.at ?? 0;
      const ev = visibleEvidence(db);
      const unbacked = (await ev.messages.countCapturedAfter(after)) + (await ev.calls.countCapturedAfter(after));
      return { lastAt: last?.at, unbacked };
    },
    [],
    { unbacked: 0 },
  );
}

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
