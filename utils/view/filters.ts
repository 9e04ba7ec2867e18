/** The list's filters as URL parameters, shared by the dashboard list and the report page. */
import type { Violation } from '../classify/types';
import { fromBeijing } from '../i18n/time';
import type { Filters } from './evidenceIndex';

export type KindFilter = '' | 'sms-in' | 'sms-out' | 'call' | 'call-missed' | 'call-in';
const KIND_FILTERS: Record<Exclude<KindFilter, ''>, Pick<Filters, 'kind' | 'direction'>> = {
  'sms-in': { kind: 'message', direction: 'in' },
  'sms-out': { kind: 'message', direction: 'out' },
  call: { kind: 'call' },
  'call-missed': { kind: 'call', direction: 'missed' },
  'call-in': { kind: 'call', direction: 'in' },
};

function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? fromBeijing(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Query string for the report page and links: the same filters, so the report shows what the list shows. */
export function filterParams(f: { q: string; number: string; caseId: string; violation: string; kind: KindFilter; source: string; from: string; to: string }): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  return p;
}

export function filtersFromParams(p: URLSearchParams): Filters {
  const kind = (p.get('kind') ?? '') as KindFilter;
  const from = dayStart(p.get('from') ?? '');
  const to = dayStart(p.get('to') ?? '');
  return {
    query: p.get('q') || undefined,
    number: p.get('number') || undefined,
    caseId: p.get('caseId') ? Number(p.get('caseId')) : undefined,
    violation: (p.get('violation') || undefined) as Violation | undefined,
    source: p.get('source') || undefined,
    from,
    to: to === undefined ? undefined : to + 86_400_000,
    ...(kind ? KIND_FILTERS[kind] : {}),
  };
}

