import { describe, expect, it } from 'vitest';
import { route } from '../../utils/messaging/router';
import { handlers } from '../../utils/messaging/registry';
import { AnningDb } from '../../utils/store/db';

const db = new AnningDb(`router-${Math.random()}`);
const page = { isExtensionPage: false, url: 'https://messages.google.com/web/conversations/1', tabId: 3 };
const ext = { isExtensionPage: true, url: 'chrome-extension://id/dashboard.html' };
const ctx = (sender: typeof page | typeof ext) => ({ db, sender, now: () => 1_750_000_000_000 });

describe('protocol router', () => {
  it('rejects what is not an Anning request', async () => {
    expect(await route(handlers, { hello: 1 }, ctx(ext))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await route(handlers, null, ctx(ext))).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
  it('rejects unknown types, including inherited property names', async () => {
    expect(await route(handlers, { anning: 1, type: 'x/y', payload: {} }, ctx(ext))).toMatchObject({ ok: false, error: { code: 'unknown_type' } });
    expect(await route(handlers, { anning: 1, type: 'toString', payload: {} }, ctx(ext))).toMatchObject({ ok: false, error: { code: 'unknown_type' } });
  });
  it('refuses extension-only requests from web pages', async () => {
    const r = await route(handlers, { anning: 1, type: 'evidence/counts', payload: {} }, ctx(page));
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
  it('validates payloads before running the handler', async () => {
    const r = await route(handlers, { anning: 1, type: 'evidence/save', payload: { source: 'Bad Source!' } }, ctx(page));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
  it('saves from a content script and uses the sending page as source URL', async () => {
    const r = await route(
      handlers,
      { anning: 1, type: 'evidence/save', payload: { source: 'google-messages', messages: [{ numberRaw: '10690057741', direction: 'in', at: 1_750_342_440_000, text: '【融e贷】请还款' }] } },
      ctx(page),
    );
    expect(r).toMatchObject({ ok: true, value: { messages: { added: 1, duplicates: 0 } } });
    const [stored] = await db.messages.toArray();
    expect(stored).toMatchObject({ number: '10690057741', source: 'google-messages', sourceUrl: page.url, capturedAt: 1_750_000_000_000 });
    expect(await route(handlers, { anning: 1, type: 'evidence/verify', payload: {} }, ctx(ext))).toMatchObject({ ok: true, value: { checked: 1, broken: [] } });
  });
});
