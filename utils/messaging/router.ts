import * as v from 'valibot';
import type { AnyHandler, Envelope, HandlerContext, Request } from './define';

const RequestSchema = v.object({ anning: v.literal(1), type: v.string(), payload: v.unknown() });

export function isAnningRequest(message: unknown): message is Request {
  return v.is(RequestSchema, message);
}

/**
 * Dispatches one request to its handler. Never throws: every failure becomes an error envelope, so a
 * bad request from a page can't crash the background or leave a caller waiting.
 */
export async function route(
  handlers: Readonly<Record<string, AnyHandler>>,
  message: unknown,
  ctx: HandlerContext,
): Promise<Envelope<unknown>> {
  if (!isAnningRequest(message)) return { ok: false, error: { code: 'invalid', message: 'not an Anning request' } };
  const handler = Object.hasOwn(handlers, message.type) ? handlers[message.type] : undefined;
  if (!handler) return { ok: false, error: { code: 'unknown_type', message: `unknown request type: ${message.type}` } };
  if (handler.from === 'extension' && !ctx.sender.isExtensionPage) {
    return { ok: false, error: { code: 'forbidden', message: `${message.type} is only for the extension's own pages` } };
  }
  const parsed = v.safeParse(handler.schema, message.payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((seg: { key: unknown }) => String(seg.key)).join('.');
    return { ok: false, error: { code: 'invalid', message: `${message.type}: ${path ? `${path}: ` : ''}${issue.message}` } };
  }
  try {
    return { ok: true, value: await handler.handle(parsed.output, ctx) };
  } catch (err) {
    return { ok: false, error: { code: 'failed', message: err instanceof Error ? err.message : String(err) } };
  }
}
