/**
 * Plans and runs one fill: collect → qualify (with the portal profile's known selectors first) →
 * a preview the user sees → insert → read back what the page kept. Never submits, never touches
 * captcha, SMS-code, password or agreement fields.
 */
import type { PortalProfile } from '../portals/types';
import { collectFields, type CollectOptions } from './collect';
import { fitText, kindAcceptsText, pickOption, readValue, setChecked, setEditable, setFiles, setSelect, setText } from './insert';
import { qualifyFields } from './qualify';
import type { BlockedRole, CollectedField, FieldRole, FillOutcome, FillValues, QualifiedField } from './types';

export * from './types';
export { collectFields } from './collect';
export { qualifyField, qualifyFields, looksLikeComplaintForm } from './qualify';
export { fitText, pickOption, readValue } from './insert';

export interface PlannedField {
  index: number;
  field: CollectedField;
  role?: FieldRole;
  blocked?: BlockedRole;
  label: string;
  /** What will be put in ('' when nothing). For choices: the option's text. */
  value: string;
  /** Why nothing will be put in, when so. */
  skip?: 'blocked' | 'no_value' | 'no_option' | 'unknown' | 'duplicate';
  /** The value had to be shortened to the page's maxlength or the profile's limit. */
  shortened?: boolean;
  /** Files, for attachment inputs. */
  files?: File[];
}

export interface FillPlan {
  fields: PlannedField[];
}

const CUSTOM_SELECT = '.el-select, .ant-select, .ivu-select, .van-field__control--custom, [role="combobox"], [aria-haspopup="listbox"]';

export function displayLabel(f: CollectedField): string {
  const h = f.hints;
  return (h.label || h.aria || h.placeholder || h.nearby || h.title || h.name || h.id || f.kind).replace(/[:：*＊\s]+$/, '').slice(0, 40);
}

/** Applies the profile's known selectors over what generic discovery decided. */
function applyProfile(q: QualifiedField[], profile: PortalProfile | undefined): QualifiedField[] {
  if (!profile?.selectors) return q;
  const entries = Object.entries(profile.selectors) as Array<[FieldRole | BlockedRole, string]>;
  return q.map((x) => {
    for (const [role, sel] of entries) {
      const els = [x.field.el, ...x.field.options.map((o) => o.el)];
      let hit = false;
      try {
        hit = els.some((e) => e.matches?.(sel));
      } catch {
        hit = false;
      }
      if (!hit) continue;
      const blocked = ['captcha', 'sms_code', 'password', 'agreement'].includes(role);
      return blocked ? { field: x.field, blocked: role as BlockedRole, score: 10 } : { field: x.field, role: role as FieldRole, score: 10 };
    }
    return x;
  });
}

function formatFor(role: FieldRole, values: FillValues): string | undefined {
  const t = values.text;
  const v = t[role];
  if (v !== undefined && v !== '') return v;
  // Derive a missing date/time shape from the others.
  if (role === 'date' && t.datetime) return t.datetime.slice(0, 10);
  if (role === 'time' && t.datetime) return t.datetime.slice(11, 16);
  if (role === 'datetime' && t.date) return `${t.date}${t.time ? ` ${t.time}` : ''}`;
  if (role === 'smsContent' && t.details) return undefined;
  return undefined;
}

export function planFill(doc: Document, values: FillValues, profile?: PortalProfile, opts: CollectOptions = {}): FillPlan {
  const qualified = applyProfile(qualifyFields(collectFields(doc, opts)), profile);
  // One field per role: the surest one, the first on a tie. Attachments may take several inputs.
  const best = new Map<FieldRole, QualifiedField>();
  for (const q of qualified) {
    if (!q.role || q.role === 'attachments') continue;
    const cur = best.get(q.role);
    if (!cur || q.score > cur.score) best.set(q.role, q);
  }
  const files = [...(values.files ?? [])];
  const out: PlannedField[] = [];
  for (const q of qualified) {
    const f = q.field;
    const base = { index: f.index, field: f, role: q.role, blocked: q.blocked, label: displayLabel(f), value: '' };
    if (q.blocked) { out.push({ ...base, skip: 'blocked' }); continue; }
    if (!q.role) {
      // Unlabelled checkboxes are left alone silently only when they are lone boxes; everything else is reported.
      out.push({ ...base, skip: 'unknown' });
      continue;
    }
    if (q.role === 'attachments') {
      const take = f.multiple ? files.splice(0, profile?.files?.maxCount ?? files.length) : files.splice(0, 1);
      const accepted = take.filter((file) => acceptsFile(f.accept ?? '', file));
      out.push(accepted.length ? { ...base, value: accepted.map((x) => x.name).join('、'), files: accepted } : { ...base, skip: 'no_value' });
      continue;
    }
    if (best.get(q.role) !== q) { out.push({ ...base, skip: 'duplicate' }); continue; }
    const raw = formatFor(q.role, values);
    if (raw === undefined) { out.push({ ...base, skip: 'no_value' }); continue; }
    if (f.kind === 'select' || f.kind === 'radio' || f.kind === 'checkbox') {
      const wanted = [...raw.split('|'), ...(profile?.options?.[q.role] ?? [])];
      const opt = pickOption(f.options, wanted);
      if (!opt) { out.push({ ...base, value: raw.split('|')[0]!, skip: 'no_option' }); continue; }
      out.push({ ...base, value: opt.label || opt.value });
      continue;
    }
    // A read-only input inside a component dropdown (Element, Ant, iView, ARIA combobox) only shows the
    // component's choice: writing it changes nothing the page keeps. The user picks from the list.
    if (f.readOnly && f.el.closest(CUSTOM_SELECT)) { out.push({ ...base, value: raw.split('|')[0]!, skip: 'no_option' }); continue; }
    const limit = Math.min(f.maxLength ?? Infinity, profile?.limits?.[q.role] ?? Infinity);
    const value = Number.isFinite(limit) ? fitText(raw, limit) : raw;
    out.push({ ...base, value, shortened: value !== raw });
  }
  return { fields: out };
}

function acceptsFile(accept: string, file: File): boolean {
  if (!accept.trim()) return true;
  return accept.split(',').map((s) => s.trim().toLowerCase()).some((a) => {
    if (!a) return false;
    if (a.startsWith('.')) return file.name.toLowerCase().endsWith(a);
    if (a.endsWith('/*')) return file.type.startsWith(a.slice(0, -1));
    return file.type === a;
  });
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** Inserts the planned values, waits for the page's scripts, reads back, and reports each field. */
export async function runFill(plan: FillPlan, settleMs = 120): Promise<FillOutcome[]> {
  const out: FillOutcome[] = [];
  const done: Array<{ p: PlannedField; outcome: FillOutcome }> = [];
  for (const p of plan.fields) {
    const base = { index: p.index, role: p.role, blocked: p.blocked, label: p.label, value: p.value };
    if (p.skip) {
      const status = p.skip === 'blocked' ? 'blocked' : p.skip === 'no_option' ? 'no_option' : p.skip === 'duplicate' || p.skip === 'unknown' ? 'unknown' : 'no_value';
      out.push({ ...base, status });
      continue;
    }
    const f = p.field;
    try {
      if (p.role === 'attachments') {
        const ok = setFiles(f.el as HTMLInputElement, p.files ?? []);
        out.push({ ...base, status: ok ? 'filled' : 'failed', detail: ok ? undefined : 'files' });
        continue;
      }
      if (f.kind === 'select') {
        const opt = f.options.find((o) => (o.label || o.value) === p.value)!;
        setSelect(f.el as HTMLSelectElement, opt);
      } else if (f.kind === 'radio' || f.kind === 'checkbox') {
        const opt = f.options.find((o) => (o.label || o.value) === p.value)!;
        setChecked(opt.el as HTMLInputElement, true);
      } else if (f.kind === 'editable') {
        setEditable(f.el, p.value);
      } else if (kindAcceptsText(f)) {
        setText(f.el, p.value);
      }
      const outcome: FillOutcome = { ...base, status: p.shortened ? 'shortened' : 'filled' };
      out.push(outcome);
      done.push({ p, outcome });
    } catch (err) {
      out.push({ ...base, status: 'failed', detail: err instanceof Error ? err.message : String(err) });
    }
  }
  // Frameworks re-render after a tick: a value the page threw away shows up as a failure, not a success.
  await new Promise((r) => setTimeout(r, settleMs));
  for (const { p, outcome } of done) {
    const f = p.field;
    if (f.kind === 'select') {
      const opt = f.options.find((o) => (o.label || o.value) === p.value);
      if (!opt || readValue(f.el) !== opt.value) { outcome.status = 'failed'; outcome.detail = 'reset'; }
    } else if (f.kind === 'radio' || f.kind === 'checkbox') {
      const opt = f.options.find((o) => (o.label || o.value) === p.value);
      if (!(opt?.el as HTMLInputElement | undefined)?.checked) { outcome.status = 'failed'; outcome.detail = 'reset'; }
    } else if (!sameText(readValue(f.el), p.value)) {
      outcome.status = 'failed';
      outcome.detail = 'reset';
    }
  }
  return out;
}
