/** Background requests for evidence: the one door through which captured records enter the store. */
import * as v from 'valibot';
import { defineHandler } from '../messaging/define';
import { saveEvidence, annotateRecords } from '../store/evidence';
import { visibleEvidence } from '../store/visible';
import { sealCalls, sealMessages } from './seal';
import { verifySeal } from './seal';

const MAX_BATCH = 10_000;

const owner = v.optional(v.picklist(['borrower', 'family', 'friend', 'colleague', 'other']));

export const SaveEvidenceSchema = v.object({
  /** Adapter or importer id, e.g. `google-messages`. */
  source: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  messages: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_BATCH)), []),
  calls: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_BATCH)), []),
  caseId: v.optional(v.pipe(v.number(), v.integer())),
  owner,
});

export const evidenceHandlers = {
  /**
   * Seal and store captured messages and calls. All-or-nothing: one invalid record rejects the batch
   * with its index, and nothing is stored.
   */
  'evidence/save': defineHandler({
    schema: SaveEvidenceSchema,
    from: 'any',
    async handle(p, { db, sender, now }) {
      const ctx = { source: p.source, sourceUrl: sender.url, capturedAt: now(), caseId: p.caseId, owner: p.owner };
      const [messages, calls] = await Promise.all([sealMessages(p.messages, ctx), sealCalls(p.calls, ctx)]);
      const report = await saveEvidence(db, messages, calls);
      return {
        messages: { added: report.messages.added, duplicates: report.messages.duplicates },
        calls: { added: report.calls.added, duplicates: report.calls.duplicates },
        addedIds: [...report.messages.addedIds, ...report.calls.addedIds],
      };
    },
  }),

  /** Change annotations (case, owner, notes, tags). Captured fields can't be changed by any request. */
  'evidence/annotate': defineHandler({
    schema: v.object({
      ids: v.pipe(v.array(v.string()), v.maxLength(200_000)),
      patch: v.object({
        caseId: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
        owner,
        notes: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
        tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50))),
      }),
    }),
    from: 'extension',
    handle: async (p, { db }) => ({ updated: await annotateRecords(db, p.ids, p.patch) }),
  }),

  /** Counts for the popup and dashboard header. */
  'evidence/counts': defineHandler({
    schema: v.object({}),
    from: 'extension',
    handle: async (_p, { db }) => {
      const ev = visibleEvidence(db);
      return { messages: await ev.messages.count(), calls: await ev.calls.count() };
    },
  }),

  /** Re-check seals; returns the ids whose captured fields no longer match their hash. */
  'evidence/verify': defineHandler({
    schema: v.object({ ids: v.optional(v.array(v.string())) }),
    from: 'extension',
    async handle(p, { db }) {
      const broken: string[] = [];
      let checked = 0;
      const check = async (r: Parameters<typeof verifySeal>[0]) => {
        checked++;
        if (!(await verifySeal(r))) broken.push(r.id);
      };
      const ev = visibleEvidence(db);
      if (p.ids) {
        for (const r of await ev.messages.bulkGet(p.ids)) if (r) await check(r);
        for (const r of await ev.calls.bulkGet(p.ids)) if (r) await check(r);
      } else {
        // Collected first: verifySeal awaits, which a Dexie iteration callback must not do.
        const rows: Parameters<typeof verifySeal>[0][] = [];
        await ev.messages.each((r) => void rows.push(r));
        await ev.calls.each((r) => void rows.push(r));
        for (const r of rows) await check(r);
      }
      return { checked, broken };
    },
  }),
};
