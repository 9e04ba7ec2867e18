/**
 * Evidence images for forms that take pictures: the draft's details and the day-by-day timeline,
 * drawn as PNG pages on a canvas (so a portal that only shows images still gets the facts), and the
 * user's stored screenshots. Every line drawn comes from the draft and the stored records.
 */
export interface SummaryForImage {
  title: string;
  details: string;
  timeline: Array<{ day: string; attempts: number; connected: number; sms: number; oddHours: number; excessive: boolean }>;
}

const WIDTH = 1080;
const MAX_HEIGHT = 1900;
const PAD = 48;
const FONT = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function wrap(ctx: Ctx, text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const ch of Array.from(para)) {
      if (ctx.measureText(line + ch).width > width && line) {
        out.push(line);
        line = ch;
      } else line += ch;
    }
    out.push(line);
  }
  return out;
}

function makeCanvas(doc: Document | undefined, h: number): { canvas: HTMLCanvasElement | OffscreenCanvas; ctx: Ctx } {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(WIDTH, h);
    return { canvas, ctx: canvas.getContext('2d')! };
  }
  const canvas = doc!.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = h;
  return { canvas, ctx: canvas.getContext('2d')! };
}

async function toBlob(c: HTMLCanvasElement | OffscreenCanvas): Promise<Blob> {
  if ('convertToBlob' in c) return c.convertToBlob({ type: 'image/png' });
  return new Promise((ok, bad) => (c as HTMLCanvasElement).toBlob((b) => (b ? ok(b) : bad(new Error('canvas'))), 'image/png'));
}

interface Line { text: string; size: number; color: string; bold?: boolean }

async function renderPages(doc: Document | undefined, heading: string, lines: Line[], baseName: string): Promise<File[]> {
  const probe = makeCanvas(doc, 10).ctx;
  const laid: Line[] = [];
  for (const l of lines) {
    probe.font = `${l.bold ? 'bold ' : ''}${l.size}px ${FONT}`;
    for (const t of wrap(probe, l.text, WIDTH - PAD * 2)) laid.push({ ...l, text: t });
  }
  const pages: Line[][] = [[]];
  let y = PAD + 60;
  for (const l of laid) {
    const h = l.size * 1.5;
    if (y + h > MAX_HEIGHT - PAD) { pages.push([]); y = PAD + 60; }
    pages[pages.length - 1]!.push(l);
    y += h;
  }
  const files: File[] = [];
  for (const [i, page] of pages.entries()) {
    const height = Math.min(MAX_HEIGHT, PAD * 2 + 60 + page.reduce((s, l) => s + l.size * 1.5, 0));
    const { canvas, ctx } = makeCanvas(doc, height);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, WIDTH, height);
    ctx.fillStyle = '#1d2331';
    ctx.font = `bold 34px ${FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillText(`${heading}${pages.length > 1 ? `（${i + 1}/${pages.length}）` : ''}`, PAD, PAD);
    let yy = PAD + 60;
    for (const l of page) {
      ctx.font = `${l.bold ? 'bold ' : ''}${l.size}px ${FONT}`;
      ctx.fillStyle = l.color;
      ctx.fillText(l.text, PAD, yy);
      yy += l.size * 1.5;
    }
    const blob = await toBlob(canvas);
    files.push(new File([blob], `${baseName}-${i + 1}.png`, { type: 'image/png' }));
  }
  return files;
}

/** The draft's details as image pages, then the timeline (days over the limit in red). */
export async function renderSummaryImages(s: SummaryForImage, doc?: Document): Promise<File[]> {
  const detailLines: Line[] = s.details.split('\n').map((t) => ({ text: t, size: /^【/.test(t) ? 28 : 24, color: '#1d2331', bold: /^【/.test(t) }));
  const timeline: Line[] = s.timeline.map((d) => ({
    text: `${d.day}  来电 ${d.attempts} 次（接通 ${d.connected}）  短信 ${d.sms} 条  夜间 ${d.oddHours} 次${d.excessive ? '  超过上限' : ''}`,
    size: 24,
    color: d.excessive ? '#b42318' : '#1d2331',
  }));
  const out = await renderPages(doc, s.title, detailLines, 'anning-summary');
  if (timeline.length) out.push(...(await renderPages(doc, `${s.title} · 逐日记录`, timeline, 'anning-timeline')));
  return out;
}

/** Files from data URLs sent by the background (stored screenshots). */
export function filesFromDataUrls(items: Array<{ name: string; type: string; dataUrl: string }>): File[] {
  return items.map((it) => {
    const b64 = it.dataUrl.slice(it.dataUrl.indexOf(',') + 1);
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new File([bytes], it.name, { type: it.type });
  });
}

/** Keeps files within a portal's per-file size and count limits. */
export function withinLimits(files: File[], limits?: { maxBytes: number; maxCount: number }): File[] {
  if (!limits) return files;
  return files.filter((f) => f.size <= limits.maxBytes).slice(0, limits.maxCount);
}
