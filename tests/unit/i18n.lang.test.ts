// The UI language choice lives in the extension origin's localStorage; on a web page (content
// scripts) localStorage belongs to the page, which must not be able to pick our language.
import { afterEach, describe, expect, it, vi } from 'vitest';

const store = (value: string) => ({ getItem: vi.fn(() => value), setItem: vi.fn() });

async function freshLang(protocol: string, saved: string, browserLang = 'zh-CN') {
  vi.resetModules();
  const localStorage = store(saved);
  vi.stubGlobal('location', { protocol });
  vi.stubGlobal('localStorage', localStorage);
  vi.stubGlobal('navigator', { language: browserLang });
  const i18n = await import('../../utils/i18n');
  return { i18n, localStorage };
}

afterEach(() => vi.unstubAllGlobals());

describe('UI language', () => {
  it('extension pages use the saved choice', async () => {
    const { i18n } = await freshLang('chrome-extension:', 'en');
    expect(i18n.getLang()).toBe('en');
  });

  it("a web page's localStorage is neither read nor written by content scripts", async () => {
    const { i18n, localStorage } = await freshLang('https:', 'en', 'zh-CN');
    expect(i18n.getLang()).toBe('zh');
    expect(localStorage.getItem).not.toHaveBeenCalled();
    i18n.setLang('en');
    expect(localStorage.setItem).not.toHaveBeenCalled();
  });
});
