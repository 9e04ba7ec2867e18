/**
 * The typed client every page and content script uses to talk to the background:
 * `await request('evidence/save', {...})` returns the handler's result or throws ProtocolError.
 */
import type * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Envelope, ErrorCode } from './define';
import type { Protocol } from './registry';

export type RequestType = keyof Protocol;
export type PayloadOf<K extends RequestType> = Protocol[K] extends { schema: infer S extends v.GenericSchema } ? v.InferInput<S> : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResultOf<K extends RequestType> = Protocol[K] extends { handle: (...args: any[]) => Promise<infer R> } ? R : never;

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export async function request<K extends RequestType>(type: K, payload: PayloadOf<K>): Promise<ResultOf<K>> {
  const envelope = (await browser.runtime.sendMessage({ anning: 1, type, payload })) as Envelope<ResultOf<K>> | undefined;
  if (!envelope) throw new ProtocolError('failed', `no answer to ${type}`);
  if (!envelope.ok) throw new ProtocolError(envelope.error.code, envelope.error.message);
  return envelope.value;
}
