/** Times are stored as UTC ms and always shown in Beijing time, whatever the machine's time zone. */
export const BEIJING_TZ = 'Asia/Shanghai';
const BEIJING_OFFSET_MS = 8 * 3_600_000;

// Made on first use: creating it loads ICU's locale and time-zone data, ~20 ms of CPU, which every
// importer paid at start-up (the flag content script on every page it runs on) for a cross-check
// only tests call.
let fullFmt: Intl.DateTimeFormat | undefined;

function parts(at: number) {
  // Beijing has no DST since 1991: a fixed offset is exact and far faster than Intl in hot loops.
  const d = new Date(at + BEIJING_OFFSET_MS);
  return {
    y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(),
    h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), wd: d.getUTCDay(),
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** `2025-06-19 22:14:05` in Beijing time. */
export function formatBeijing(at: number, withSeconds = true): string {
  const p = parts(at);
  return `${p.y}-${p2(p.mo)}-${p2(p.d)} ${p2(p.h)}:${p2(p.mi)}${withSeconds ? `:${p2(p.s)}` : ''}`;
}

/** `2025-06-19` (Beijing day). */
export function beijingDay(at: number): string {
  const p = parts(at);
  return `${p.y}-${p2(p.mo)}-${p2(p.d)}`;
}

/** Hour 0–23 in Beijing. */
export function beijingHour(at: number): number {
  return parts(at).h;
}

/** Day of week in Beijing, 0 = Sunday. */
export function beijingWeekday(at: number): number {
  return parts(at).wd;
}

/** UTC ms of Beijing midnight starting the day that contains `at`. */
export function beijingMidnight(at: number): number {
  return Math.floor((at + BEIJING_OFFSET_MS) / 86_400_000) * 86_400_000 - BEIJING_OFFSET_MS;
}

/** UTC ms for a Beijing wall-clock time. */
export function fromBeijing(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s) - BEIJING_OFFSET_MS;
}

/** Cross-checks the fast path against Intl (used by tests). */
export function formatBeijingIntl(at: number): string {
  fullFmt ??= new Intl.DateTimeFormat('zh-CN', {
    timeZone: BEIJING_TZ, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  return fullFmt.format(new Date(at)).replace(/\//g, '-');
}
