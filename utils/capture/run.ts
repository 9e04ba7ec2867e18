/**
 * Runs a site adapter as one import session: its batches become `import/chunk`s, the end commits.
 * Shared by the capture content script and the generic element picker.
 */
import type { CaptureState } from '../../components/CaptureBar';
import { request } from '../messaging/client';
import { runImport } from '../import/run';
import type { CaptureEnv, SiteAdapter } from './types';

export async function runCapture(
  adapter: SiteAdapter,
  env: Pick<CaptureEnv, 'doc' | 'url' | 'signal' | 'scope'> & Partial<CaptureEnv>,
  show: (s: CaptureState) => void,
  send: typeof request = request,
): Promise<void> {
  try {
    show({ phase: 'running', done: 0 });
    const outcome = await runImport({
      source: adapter.id,
      fileName: env.url.href.slice(0, 500),
      signal: env.signal,
      keepOnAbort: true,
      send,
      produce: async (emit) => {
        const batches = adapter.capture({ now: Date.now(), onProgress: (p) => show({ phase: 'running', ...p }), ...env });
        try {
          for await (const batch of batches) {
            await emit(batch);
            if (env.signal.aborted) break;
          }
        } catch (err) {
          // Stopping mid-request is not an error: keep what was collected.
          if (!(env.signal.aborted && err instanceof DOMException && err.name === 'AbortError')) throw err;
        }
        return { rejections: [], rejected: 0, stopped: env.signal.aborted };
      },
    });
    if (outcome.status === 'committed') {
      show({ phase: 'done', added: outcome.added, duplicates: outcome.duplicates, stopped: outcome.stopped === true });
    } else {
      show({ phase: 'failed', error: outcome.lines[0] ?? outcome.status });
    }
  } catch (err) {
    show({ phase: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
}
