/**
 * The one shape every site adapter has (one file per site in ./adapters, registered in ./registry.ts).
 * An adapter only reads the page and yields records; sealing and storing happen in the background.
 */
import type { CallInput, MessageInput } from '../evidence/seal';

export interface CaptureBatch {
  messages: MessageInput[];
  calls: CallInput[];
}

export interface CaptureProgress {
  /** Records collected so far. */
  done: number;
  /** Total when the site tells it. */
  total?: number;
  /** What the adapter is doing, for the progress line (zh). */
  note?: string;
}

export interface CaptureEnv {
  doc: Document;
  url: URL;
  /** The capture moment (UTC ms): relative page times ("昨天 22:14") resolve against it. */
  now: number;
  signal: AbortSignal;
  onProgress: (p: CaptureProgress) => void;
  /** Which of the adapter's scopes the user chose (its first when absent). */
  scope?: string;
  /** Waits between page actions and requests (polite rate); tests pass a faster one. */
  sleep?: (ms: number) => Promise<void>;
  /** Same-origin requests for adapters that read the site's JSON; defaults to the page's fetch. */
  fetch?: typeof fetch;
}

/** What to capture, when an adapter can do more than one thing (this conversation / all of them). */
export interface CaptureScope {
  id: string;
  title: { zh: string; en: string };
}

export interface SiteAdapter {
  /** Stored as the records' `source`. */
  id: string;
  title: { zh: string; en: string };
  /** Match patterns for the content script (the manifest lists their union). */
  matches: string[];
  /** True when the page shows something this adapter can capture now. */
  ready: (doc: Document, url: URL) => boolean;
  /** Choices offered on the capture bar; the first is the default. */
  scopes?: CaptureScope[];
  /**
   * Yields batches of whole records as it goes; stops early when `signal` aborts (what was yielded is
   * kept). Throws CaptureError, before yielding anything unreadable, when the page is not as expected.
   */
  capture: (env: CaptureEnv) => AsyncIterable<CaptureBatch>;
}

export class CaptureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaptureError';
  }
}

export const defaultSleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
