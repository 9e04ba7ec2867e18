/**
 * On complaint portals: when the page shows a complaint form Anning recognises, offer to fill it from a
 * case's draft. The panel previews every field, fills on the user's click, reports what was filled and
 * what was not (with copy buttons), and records the complaint number afterwards. It never submits.
 */
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DRAFT_KINDS } from '../../utils/complaints/kinds';
import { collectFields, looksLikeComplaintForm, planFill, qualifyFields, runFill, type FillOutcome, type PlannedField } from '../../utils/complaints/fill';
import { filesFromDataUrls, renderSummaryImages, withinLimits } from '../../utils/complaints/images';
import { findComplaintNumber, portalHosts, profileForUrl, type PortalProfile } from '../../utils/complaints/portals';
import { getLang } from '../../utils/i18n';
import { formatBeijing } from '../../utils/i18n/time';
import { request } from '../../utils/messaging/client';
import { IS_E2E_BUILD, withFixtures } from '../../utils/sites';
import { mountShadow, type ShadowMount } from '../../utils/ui/shadow';
import { Panel, panelCss, t, type PreviewRow } from './Panel';

const HOST_TAG = 'anning-complain';

function recognises(profile: PortalProfile): boolean {
  if (profile.selectors) {
    const own = Object.entries(profile.selectors).filter(([role]) => !['captcha', 'sms_code', 'password', 'agreement'].includes(role));
    if (own.filter(([, sel]) => document.querySelector(sel)).length >= 3) return true;
  }
  return looksLikeComplaintForm(qualifyFields(collectFields(document)));
}

function rowsFromPlan(fields: PlannedField[], full: Record<string, string | undefined>): PreviewRow[] {
  return fields
    .filter((f) => f.skip !== 'duplicate' && !(f.skip === 'unknown' && (f.field.kind === 'checkbox' || f.field.kind === 'radio')))
    .map((f) => ({
      index: f.index, label: f.label, value: f.value,
      status: f.skip === 'blocked' ? 'blocked' : f.skip === 'no_option' ? 'no_option' : f.skip === 'no_value' ? 'no_value' : f.skip === 'unknown' ? 'unknown' : 'planned',
      full: (f.role && full[f.role]) || f.value,
    }));
}

function rowsFromOutcomes(out: FillOutcome[], plan: PlannedField[], full: Record<string, string | undefined>): PreviewRow[] {
  const keep = new Set(rowsFromPlan(plan, full).map((r) => r.index));
  return out.filter((o) => keep.has(o.index)).map((o) => ({ index: o.index, label: o.label, value: o.value, status: o.status, full: (o.role && full[o.role]) || o.value }));
}

async function copyText(root: ShadowRoot, text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (no focus, old browser): the textarea route works inside a user click.
    const ta = document.createElement('textarea');
    ta.value = text;
    root.append(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
}

export default defineContentScript({
  matches: withFixtures(portalHosts().map((h) => `https://${h}/*`)),
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage "<extension id>:<script>:wxt:content-script-started" to the
  // page, telling any page that Anning is installed and running (tests/e2e/flag.e2e.test.mjs checks).
  noScriptStartedPostMessage: true,
  main() {
    const url = new URL(location.href);
    const found = profileForUrl(url, IS_E2E_BUILD);
    if (!found) return;
    const profile: PortalProfile = found;
    const lang = getLang();
    let mount: ShadowMount | null = null;
    let open = false;
    let closed = false;
    const s = {
      cases: [] as Array<{ id: number; name: string }>,
      caseId: undefined as number | undefined,
      kind: (DRAFT_KINDS.find((k) => k.channel === profile.channel && !k.document)?.id ?? 'heimao') as string,
      rows: [] as PreviewRow[],
      filledOnce: false,
      busy: false,
      error: undefined as string | undefined,
      withImages: true,
      found: undefined as string | undefined,
      recorded: undefined as string | undefined,
      pendingId: undefined as number | undefined,
      full: {} as Record<string, string | undefined>,
    };
    const kinds = DRAFT_KINDS.filter((k) => !k.document).map((k) => ({ id: k.id, name: k.name[lang] }));
    const channelOf = () => (profile.id === 'generic' ? DRAFT_KINDS.find((k) => k.id === s.kind)!.channel : profile.channel);

    const fail = (err: unknown) => {
      s.error = err instanceof Error ? err.message : String(err);
      s.busy = false;
      draw();
    };

    const preview = async () => {
      if (!s.caseId) return;
      s.busy = true;
      s.error = undefined;
      draw();
      const v = await request('complaints/fillValues', { caseId: s.caseId, kind: s.kind as never, profileId: profile.id, withImages: false });
      s.full = v.text;
      const plan = planFill(document, { text: v.text }, profile);
      s.rows = rowsFromPlan(plan.fields, s.full);
      s.busy = false;
      draw();
    };

    const fill = async () => {
      if (!s.caseId) return;
      s.busy = true;
      s.error = undefined;
      draw();
      const v = await request('complaints/fillValues', { caseId: s.caseId, kind: s.kind as never, profileId: profile.id, withImages: s.withImages });
      s.full = v.text;
      let files: File[] = [];
      if (s.withImages && profile.files) {
        const rendered = await renderSummaryImages(v.summary, document).catch(() => [] as File[]);
        files = withinLimits([...rendered, ...filesFromDataUrls(v.images)], profile.files);
      }
      const plan = planFill(document, { text: v.text, files }, profile);
      const outcomes = await runFill(plan);
      s.rows = rowsFromOutcomes(outcomes, plan.fields, s.full);
      s.filledOnce = true;
      // Remember that this form was filled, so the confirmation page can be tied to this case.
      const rec = await request('complaints/record', { id: s.pendingId, caseId: s.caseId, channel: channelOf() as never, status: 'draft' });
      s.pendingId = rec.id;
      s.busy = false;
      draw();
    };

    const record = async (ref: string) => {
      try {
        const r = await request('complaints/record', { id: s.pendingId, caseId: s.caseId!, channel: channelOf() as never, status: 'submitted', reference: ref });
        s.recorded = r.dueAt ? t('due', { date: formatBeijing(r.dueAt).slice(0, 10) }) : '';
        draw();
      } catch (err) {
        fail(err);
      }
    };

    const load = async () => {
      const r = await request('complaints/forPage', { profileId: profile.id });
      s.cases = r.cases;
      const intentKind = r.intent && DRAFT_KINDS.find((k) => k.id === r.intent!.kind);
      if (intentKind && (profile.id === 'generic' || intentKind.channel === profile.channel)) s.kind = intentKind.id;
      s.caseId = r.intent?.caseId ?? r.pending?.caseId ?? r.cases[0]?.id;
      if (r.pending && r.pending.caseId === s.caseId) s.pendingId = r.pending.id;
      draw();
      if (!s.found) await preview();
    };

    function draw() {
      if (closed) return;
      mount ??= mountShadow(HOST_TAG, panelCss);
      // Top right, out of the way of the capture bar and of most forms' submit buttons.
      mount.host.style.inset = '16px 16px auto auto';
      if (!open) {
        render(
          <button type="button" class="pill" onClick={() => { open = true; draw(); void load().catch(fail); }}>{t('open')}</button>,
          mount.container,
        );
        return;
      }
      render(
        <Panel
          portal={profile.name[lang]}
          notes={profile.notes[lang]}
          cases={s.cases}
          caseId={s.caseId}
          kinds={kinds}
          kind={s.kind}
          rows={s.rows}
          filledOnce={s.filledOnce}
          busy={s.busy}
          error={s.error}
          withImages={s.withImages}
          canImages={!!profile.files}
          found={s.found}
          recorded={s.recorded}
          onCase={(id) => { s.caseId = id; s.filledOnce = false; s.pendingId = undefined; void preview().catch(fail); }}
          onKind={(k) => { s.kind = k; s.filledOnce = false; void preview().catch(fail); }}
          onImages={(on) => { s.withImages = on; draw(); }}
          onFill={() => void fill().catch(fail)}
          onRecord={(ref) => void record(ref)}
          onCopy={(text) => void copyText(mount!.root, text)}
          onClose={() => { closed = true; observer.disconnect(); if (mount) { render(null, mount.container); mount.remove(); } }}
        />,
        mount.container,
      );
    }

    const lookForNumber = () => {
      if (s.found) return false;
      const ref = findComplaintNumber(profile, new URL(location.href), document.body?.innerText.slice(0, 50_000) ?? '');
      if (!ref) return false;
      s.found = ref;
      open = true;
      draw();
      void load().catch(fail);
      return true;
    };

    // Forms in SPAs appear late, and a confirmation may replace the form in place: look again when the
    // page changes — batched, and backing off (0.4 s up to 5 s) on pages that keep changing, so a busy
    // page never pays for a full scan on every mutation. The confirmation text is only looked for in
    // the first seconds after load and after a fill (reading innerText forces layout).
    const loadedAt = Date.now();
    let delay = 400;
    let scheduled = false;
    const check = () => {
      if (closed) return;
      if ((s.filledOnce || Date.now() - loadedAt < 10_000) && lookForNumber()) return;
      if (!mount && recognises(profile)) draw();
    };
    const observer = new MutationObserver(() => {
      if (scheduled || closed) return;
      if (mount && !s.filledOnce && Date.now() - loadedAt >= 10_000) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        check();
        delay = Math.min(delay * 2, 5_000);
      }, delay);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    check();
  },
});
