/**
 * One shape for every request the background answers. A handler names its payload schema (checked
 * before it runs: a malformed request is rejected, never half-handled) and who may call it.
 */
import type * as v from 'valibot';
import type { AnningDb } from '../store/db';

/** Who sent a request. Content scripts run inside web pages, so they get fewer powers. */
export interface SenderInfo {
  /** True for the extension's own pages (popup, dashboard, report): full access. */
  isExtensionPage: boolean;
  tabId?: number;
  frameId?: number;
  /** URL of the sending page or frame. */
  url: string;
}

export interface HandlerContext {
  db: AnningDb;
  sender: SenderInfo;
  now: () => number;
}

export interface Handler<S extends v.GenericSchema, R> {
  schema: S;
  /** `any`: content scripts may call it too; `extension`: only the extension's own pages. */
  from: 'any' | 'extension';
  handle: (payload: v.InferOutput<S>, ctx: HandlerContext) => Promise<R>;
}

export function defineHandler<S extends v.GenericSchema, R>(handler: Handler<S, R>): Handler<S, R> {
  return handler;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHandler = Handler<any, any>;

export type ErrorCode = 'unknown_type' | 'invalid' | 'forbidden' | 'failed';

export type Envelope<R> = { ok: true; value: R } | { ok: false; error: { code: ErrorCode; message: string } };

/** Every request on the wire: `{ anning: 1, type, payload }`. */
export interface Request {
  anning: 1;
  type: string;
  payload: unknown;
}
