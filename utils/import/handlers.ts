/** Background requests for imports and multi-batch captures (the session protocol in session.ts). */
import * as v from 'valibot';
import { defineHandler } from '../messaging/define';
import { abortSession, beginSession, commitSession, stageChunk } from './session';

const MAX_BATCH = 10_000;
const sessionId = v.pipe(v.string(), v.uuid());
const source = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/));
const reportLine = v.pipe(v.string(), v.maxLength(500));

export const importHandlers = {
  /** Opens a session. Content scripts use it too: a site capture is an import from a page. */
  'import/begin': defineHandler({
    schema: v.object({
      source,
      /** The imported file's name (kept as the records' sourceUrl); pages default to their URL. */
      fileName: v.optional(v.pipe(v.string(), v.maxLength(500))),
      caseId: v.optional(v.pipe(v.number(), v.integer())),
      owner: v.optional(v.picklist(['borrower', 'family', 'friend', 'colleague', 'other'])),
    }),
    from: 'any',
    handle: async (p, { db, sender, now }) => beginSession(db, p, sender, now()),
  }),

  /** Validates and seals up to 10,000 messages and 10,000 calls, and writes them as pending (hidden until the commit). */
  'import/chunk': defineHandler({
    schema: v.object({
      sessionId,
      messages: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_BATCH)), []),
      calls: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_BATCH)), []),
    }),
    from: 'any',
    handle: async (p, { db, sender, now }) => stageChunk(db, p, sender, now()),
  }),

  /** Makes the session's rows visible in one small transaction and logs the import; answers added / duplicates. */
  'import/commit': defineHandler({
    schema: v.object({ sessionId, notes: v.optional(v.pipe(v.array(reportLine), v.maxLength(200))) }),
    from: 'any',
    handle: async (p, { db, sender, now }) => commitSession(db, p, sender, now()),
  }),

  /** Drops a session (cancel, or a file refused); `log` records why in the imports table. */
  'import/abort': defineHandler({
    schema: v.object({
      sessionId: v.optional(sessionId),
      log: v.optional(
        v.object({
          source,
          fileName: v.pipe(v.string(), v.maxLength(500)),
          rejected: v.pipe(v.number(), v.integer(), v.minValue(0)),
          lines: v.pipe(v.array(reportLine), v.maxLength(200)),
        }),
      ),
    }),
    from: 'any',
    handle: async (p, { db, sender, now }) => abortSession(db, p, sender, now()),
  }),
};
