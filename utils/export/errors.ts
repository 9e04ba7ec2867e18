/**
 * Errors the user sees when an import or restore is refused. Each carries a code (for tests and
 * callers) and a bilingual message that says what was wrong and that nothing was changed.
 */
export type ImportErrorCode =
  | 'too_large'
  | 'not_json'
  | 'not_backup'
  | 'newer_version'
  | 'unknown_version'
  | 'invalid'
  | 'tampered'
  | 'not_bundle';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${en} (${zh})`);
    this.name = 'ImportError';
  }
}

export const NOTHING_CHANGED = { zh: '没有导入任何内容，已保存的证据没有改变。', en: 'Nothing was imported; your stored evidence is unchanged.' };
