/**
 * Reading a site's own same-origin JSON (小米云服务, 华为云空间): politely (one request at a time, a pause
 * between), and strictly — an answer that is not the JSON we know is an error that names the site,
 * never a half-read record.
 */
import * as v from 'valibot';
import { IS_E2E_BUILD } from '../sites';
import { CaptureError, defaultSleep, type CaptureEnv } from './types';

/** Pause between two requests to a site: one person's browser, not a crawler. */
export const POLITE_MS = 400;

export class SiteJson {
  private last = 0;
  constructor(
    private readonly env: CaptureEnv,
    private readonly site: string,
    private readonly loginHint: string,
    /** The site's own "not signed in" answer, told apart from a changed format. */
    private readonly isLoggedOut: (json: unknown) => boolean = () => false,
  ) {}

  async get<S extends v.GenericSchema>(path: string, schema: S, init?: RequestInit): Promise<v.InferOutput<S>> {
    const sleep = this.env.sleep ?? defaultSleep;
    const wait = this.last + POLITE_MS - Date.now();
    if (this.last && wait > 0) await sleep(wait);
    if (this.env.signal.aborted) throw new DOMException('stopped', 'AbortError');
    this.last = Date.now();
    const url = new URL(path, this.env.url.origin);
    let res: Response;
    try {
      res = await (this.env.fetch ?? fetch)(url.href, { credentials: 'same-origin', signal: this.env.signal, ...init, headers: { accept: 'application/json', ...init?.headers } });
    } catch (err) {
      if (this.env.signal.aborted) throw err;
      throw new CaptureError(`连不上${this.site}：${err instanceof Error ? err.message : String(err)}`);
    }
    if (res.status === 401 || res.status === 403) throw new CaptureError(`${this.site}未登录或登录已过期：${this.loginHint}`);
    if (!res.ok) throw new CaptureError(`${this.site}返回错误 ${res.status}（${url.pathname}）`);
    const body = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // A login page instead of data is what an expired session looks like.
      if (/<html|<!doctype/i.test(body.slice(0, 500))) throw new CaptureError(`${this.site}未登录或登录已过期：${this.loginHint}`);
      throw new CaptureError(`${this.site}返回的不是 JSON（${url.pathname}），网站可能改版了，没有保存任何内容。`);
    }
    if (this.isLoggedOut(json)) throw new CaptureError(`${this.site}未登录或登录已过期：${this.loginHint}`);
    const parsed = v.safeParse(schema, json);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new CaptureError(`${this.site}返回的数据格式和预期不同（${url.pathname} ${where}: ${issue.message}），网站可能改版了；这一部分没有保存。`);
    }
    return parsed.output;
  }
}

/** True on the site's hosts, and in e2e builds on the fixture server under `fixturePath`. */
export function onSite(url: URL, host: string, fixturePath: string): boolean {
  if (url.protocol === 'https:' && (url.hostname === host || url.hostname.endsWith(`.${host}`))) return true;
  return IS_E2E_BUILD && (url.hostname === '127.0.0.1' || url.hostname === 'localhost') && url.pathname.startsWith(fixturePath);
}

export function cookie(doc: Document, name: string): string {
  for (const part of doc.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return '';
}

/** Millisecond times as numbers or digit strings. */
export const msTime = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^\d{12,13}$/))]),
  v.transform(Number),
  v.number(),
  v.integer(),
  v.minValue(946_684_800_000),
  v.maxValue(4_102_444_800_000),
);
