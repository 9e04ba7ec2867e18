/**
 * UI strings: Chinese first, English second. Each component defines its own strings next to it with
 * `defineMessages`, so adding a screen never touches a shared dictionary.
 */
export type Lang = 'zh' | 'en';

const LANG_KEY = 'anning.lang';

/**
 * The choice is kept in the extension origin's localStorage (dashboard, popup, report share it). A
 * content script's `localStorage` is the web page's: reading it there would let the page pick our
 * language and costs a synchronous storage read on every page, so content scripts follow the browser.
 */
const onExtensionPage = /^(chrome|moz|ms-browser|safari-web)-extension:$/.test(globalThis.location?.protocol ?? '');

function detectLang(): Lang {
  try {
    const saved = onExtensionPage ? globalThis.localStorage?.getItem(LANG_KEY) : null;
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // localStorage is absent in service workers and may be blocked: fall back to the browser's language.
  }
  const nav = (globalThis.navigator?.language ?? 'zh-CN').toLowerCase();
  return nav.startsWith('en') ? 'en' : 'zh';
}

let current: Lang = detectLang();

export function getLang(): Lang {
  return current;
}

/** Switches the language for this page and remembers it for the extension's other pages. */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    if (onExtensionPage) globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // not persisted; the switch still applies to this page
  }
  if (globalThis.document) document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

export type Vars = Record<string, string | number>;

function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** `const t = defineMessages({ zh: { hi: '你好 {name}' }, en: { hi: 'Hi {name}' } }); t('hi', { name })` */
export function defineMessages<K extends string>(messages: { zh: Record<K, string>; en: Record<K, string> }) {
  return (key: K, vars?: Vars): string => format(messages[current][key] ?? messages.zh[key], vars);
}
