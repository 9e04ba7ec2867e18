/**
 * Background requests for complaints. The content script on a portal may read the user's cases and a
 * draft's values and record a complaint — but only from a page Anning knows as a complaint portal;
 * everything else (editing cases, drafts, the user's own details, tracking) is for the extension's pages.
 */
import * as v from 'valibot';
import { defineHandler, type HandlerContext } from '../messaging/define';
import { IS_E2E_BUILD } from '../sites';
import { CHANNELS } from './channels';
import { DRAFT_KINDS, fillTextFromDraft, type DraftKind } from './drafts';
import { profileById, profileForUrl } from './portals';
import { draftFor, getReporter, INTENT_KEY, pendingComplaint, recordComplaint, REPORTER_KEY, saveDraft } from './store';
import type { LenderKind } from '../store/types';

const CHANNEL_IDS = CHANNELS.map((c) => c.id) as [string, ...string[]];
const KIND_IDS = DRAFT_KINDS.map((k) => k.id) as [string, ...string[]];
const LENDER_KINDS = ['bank', 'consumer_finance', 'microloan', 'unlicensed', 'unknown'] as const;
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Content scripts may ask only from a complaint portal's page. */
function assertPortal(ctx: HandlerContext): void {
  if (ctx.sender.isExtensionPage) return;
  let url: URL;
  try {
    url = new URL(ctx.sender.url);
  } catch {
    throw new Error('not a complaint portal');
  }
  if (!profileForUrl(url, IS_E2E_BUILD)) throw new Error('not a complaint portal');
}

/** Evidence images go to the page as data URLs (messages carry JSON, not Blobs), within a total budget. */
async function attachmentImages(ctx: HandlerContext, caseId: number, recordIds: string[], maxBytes: number, maxCount: number) {
  const byCase = await ctx.db.attachments.where('caseId').equals(caseId).toArray();
  const byRecord = recordIds.length ? await ctx.db.attachments.where('recordId').anyOf(recordIds).toArray() : [];
  const seen = new Set<string>();
  const out: Array<{ name: string; type: string; size: number; dataUrl: string }> = [];
  let budget = 12 * 1024 * 1024;
  for (const a of [...byCase, ...byRecord]) {
    if (seen.has(a.id) || !a.type.startsWith('image/') || a.size > maxBytes || a.size > budget) continue;
    seen.add(a.id);
    budget -= a.size;
    const bytes = new Uint8Array(await a.blob.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    out.push({ name: a.name, type: a.type, size: a.size, dataUrl: `data:${a.type};base64,${btoa(bin)}` });
    if (out.length >= maxCount) break;
  }
  return out;
}

const CaseSchema = v.object({
  id: v.optional(id),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  kind: v.picklist(LENDER_KINDS),
  serviceNumber: v.optional(text(40), ''),
  loan: v.optional(v.object({
    platform: v.optional(text(100)),
    amount: v.optional(v.pipe(v.number(), v.minValue(0))),
    borrowedOn: v.optional(text(20)),
    dueOn: v.optional(text(20)),
    overdueAmount: v.optional(v.pipe(v.number(), v.minValue(0))),
    description: v.optional(text(2000)),
  }), {}),
  notes: v.optional(text(5000), ''),
});

export const complaintHandlers = {
  /** Create or update a case (lender / platform). */
  'complaints/saveCase': defineHandler({
    schema: CaseSchema,
    from: 'extension',
    async handle(p, { db, now }) {
      const t = now();
      const cur = p.id !== undefined ? await db.cases.get(p.id) : undefined;
      if (p.id !== undefined && !cur) throw new Error(`no case ${p.id}`);
      const row = { ...(cur ?? { createdAt: t }), name: p.name, kind: p.kind as LenderKind, serviceNumber: p.serviceNumber, loan: p.loan, notes: p.notes, updatedAt: t };
      const saved = (await db.cases.put(p.id !== undefined ? { ...row, id: p.id } : row)) as number;
      return { id: saved };
    },
  }),

  /** Delete a case; kept in the trash for undo. Its records keep their evidence, only the assignment goes. */
  'complaints/deleteCase': defineHandler({
    schema: v.object({ id }),
    from: 'extension',
    async handle(p, { db, now }) {
      return db.transaction('rw', [db.cases, db.drafts, db.trash], async () => {
        const row = await db.cases.get(p.id);
        if (!row) return { deleted: 0 };
        const drafts = await db.drafts.where('caseId').equals(p.id).toArray();
        await db.trash.add({ table: 'cases', rows: [row, ...drafts.map((d) => ({ table: 'drafts', ...d }))], deletedAt: now(), description: `case ${row.name}` });
        await db.drafts.bulkDelete(drafts.map((d) => d.id!));
        await db.cases.delete(p.id);
        return { deleted: 1 };
      });
    },
  }),

  /** The user's own details (name, phone, ID number …), kept in settings on this computer only. */
  'complaints/saveReporter': defineHandler({
    schema: v.object({ name: v.optional(text(50)), phone: v.optional(text(30)), idNumber: v.optional(text(30)), email: v.optional(text(100)), address: v.optional(text(200)) }),
    from: 'extension',
    async handle(p, { db }) {
      const clean = Object.fromEntries(Object.entries(p).map(([k, x]) => [k, (x ?? '').trim()]).filter(([, x]) => x));
      await db.settings.put({ key: REPORTER_KEY, value: clean });
      return { saved: Object.keys(clean).length };
    },
  }),

  /** A draft as the user will see it: saved edits over what the evidence gives now. */
  'complaints/draft': defineHandler({
    schema: v.object({ caseId: id, kind: v.picklist(KIND_IDS) }),
    from: 'extension',
    async handle(p, { db, now }) {
      const d = await draftFor(db, p.caseId, p.kind as DraftKind, now());
      const f = d.facts;
      return {
        fields: d.fields, built: d.built, saved: d.saved, limits: d.limits,
        totals: { days: f.days, calls: f.calls, connectedCalls: f.connectedCalls, sms: f.sms, oddHours: f.oddHours, thirdParty: f.thirdParty, numbers: f.numbers.length, firstAt: f.firstAt, lastAt: f.lastAt },
        violations: f.violations.map((x) => ({ violation: x.violation, count: x.count })),
      };
    },
  }),

  'complaints/saveDraft': defineHandler({
    schema: v.object({ caseId: id, kind: v.picklist(KIND_IDS), fields: v.record(v.string(), text(20_000)) }),
    from: 'extension',
    handle: async (p, { db, now }) => ({ id: await saveDraft(db, p.caseId, p.kind, p.fields, now()) }),
  }),

  /** Forget the user's edits: the draft is built from the evidence again. */
  'complaints/resetDraft': defineHandler({
    schema: v.object({ caseId: id, kind: v.picklist(KIND_IDS) }),
    from: 'extension',
    async handle(p, { db }) {
      const n = await db.drafts.where('caseId').equals(p.caseId).filter((d) => d.channel === p.kind).delete();
      return { deleted: n };
    },
  }),

  /** What the dashboard asked for last ("fill 黑猫 for case 3"), so the panel preselects it. */
  'complaints/setIntent': defineHandler({
    schema: v.object({ caseId: id, kind: v.picklist(KIND_IDS) }),
    from: 'extension',
    async handle(p, { db, now }) {
      await db.settings.put({ key: INTENT_KEY, value: { caseId: p.caseId, kind: p.kind, at: now() } });
      return { ok: true };
    },
  }),

  /** For the portal panel: the user's cases and which one to preselect. */
  'complaints/forPage': defineHandler({
    schema: v.object({ profileId: text(40) }),
    from: 'any',
    async handle(p, ctx) {
      assertPortal(ctx);
      const cases = (await ctx.db.cases.toArray()).map((c) => ({ id: c.id!, name: c.name, kind: c.kind }));
      const intent = (await ctx.db.settings.get(INTENT_KEY))?.value as { caseId: number; kind: string } | undefined;
      const profile = profileById(p.profileId);
      const pending = profile ? await pendingComplaint(ctx.db, profile.channel) : undefined;
      return {
        cases,
        intent: intent && cases.some((c) => c.id === intent.caseId) ? intent : undefined,
        pending: pending ? { id: pending.id!, caseId: pending.caseId, channel: pending.channel } : undefined,
      };
    },
  }),

  /** For the portal panel: the values to fill, from the draft (saved or built) and the user's own details. */
  'complaints/fillValues': defineHandler({
    schema: v.object({ caseId: id, kind: v.picklist(KIND_IDS), profileId: text(40), withImages: v.optional(v.boolean(), true) }),
    from: 'any',
    async handle(p, ctx) {
      assertPortal(ctx);
      const d = await draftFor(ctx.db, p.caseId, p.kind as DraftKind, ctx.now());
      const reporter = await getReporter(ctx.db);
      const profile = profileById(p.profileId);
      const c = await ctx.db.cases.get(p.caseId);
      const f = d.facts;
      const images = p.withImages && profile?.files ? await attachmentImages(ctx, p.caseId, f.recordIds, profile.files.maxBytes, profile.files.maxCount) : [];
      return {
        text: fillTextFromDraft(d.fields, reporter, p.profileId),
        images,
        /** For the rendered summary image: every line comes from the draft and the facts. */
        summary: {
          title: `${c?.name ?? ''} 催收证据摘要`,
          details: d.fields.details ?? '',
          timeline: f.timeline.map((x) => ({ day: x.day, attempts: x.attempts, connected: x.connected, sms: x.sms, oddHours: x.oddHours, excessive: x.excessive })),
        },
      };
    },
  }),

  /** Record a complaint: `draft` when a form was filled, `submitted` with its number once sent. */
  'complaints/record': defineHandler({
    schema: v.object({
      id: v.optional(id), caseId: id, channel: v.picklist(CHANNEL_IDS),
      reference: v.optional(text(64)), status: v.picklist(['draft', 'submitted']), submittedAt: v.optional(v.number()),
    }),
    from: 'any',
    async handle(p, ctx) {
      assertPortal(ctx);
      if (p.id !== undefined) {
        const cur = await ctx.db.complaints.get(p.id);
        // A portal page may only move its own channel's entries forward, never touch others.
        if (!cur || cur.channel !== p.channel || (cur.status !== 'draft' && !ctx.sender.isExtensionPage)) throw new Error('no such pending complaint');
      }
      const entry = await recordComplaint(ctx.db, { ...p, reference: p.reference?.trim() }, ctx.now());
      return { id: entry.id!, dueAt: entry.dueAt };
    },
  }),

  /** Tracking from the dashboard: status, reply, number, notes, due date. */
  'complaints/update': defineHandler({
    schema: v.object({
      id,
      status: v.optional(v.picklist(['draft', 'submitted', 'answered', 'settled', 'closed'])),
      reference: v.optional(text(64)), reply: v.optional(text(5000)), notes: v.optional(text(5000)),
      submittedAt: v.optional(v.number()), dueAt: v.optional(v.nullable(v.number())),
    }),
    from: 'extension',
    async handle(p, { db, now }) {
      const cur = await db.complaints.get(p.id);
      if (!cur) throw new Error(`no complaint ${p.id}`);
      if (p.submittedAt !== undefined || (p.status === 'submitted' && cur.status === 'draft')) {
        const e = await recordComplaint(db, { id: p.id, caseId: cur.caseId, channel: cur.channel, status: p.status ?? cur.status, submittedAt: p.submittedAt, reference: p.reference }, now());
        Object.assign(cur, e);
      }
      const patch: Record<string, unknown> = { updatedAt: now() };
      for (const k of ['status', 'reference', 'reply', 'notes'] as const) if (p[k] !== undefined) patch[k] = p[k];
      if (p.dueAt !== undefined) patch.dueAt = p.dueAt ?? undefined;
      await db.complaints.update(p.id, patch);
      return { updated: 1 };
    },
  }),

  'complaints/delete': defineHandler({
    schema: v.object({ id }),
    from: 'extension',
    async handle(p, { db, now }) {
      return db.transaction('rw', [db.complaints, db.trash], async () => {
        const row = await db.complaints.get(p.id);
        if (!row) return { deleted: 0 };
        await db.trash.add({ table: 'complaints', rows: [row], deletedAt: now(), description: `complaint ${row.channel} ${row.reference}` });
        await db.complaints.delete(p.id);
        return { deleted: 1 };
      });
    },
  }),
};
