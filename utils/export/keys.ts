/** Setting holding `{ at, records }` of the last finished backup (the "not backed up yet" reminder). */
export const LAST_BACKUP_KEY = 'export.lastBackup';
