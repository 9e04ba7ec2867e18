/**
 * Mounts extension UI inside a web page in a closed shadow root: the page's scripts can't reach into
 * it and the page's CSS can't restyle it. The host element carries no data about the user.
 */
export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element to render into. */
  container: HTMLElement;
  remove: () => void;
}

export function mountShadow(tag: string, css: string, parent: Element = document.documentElement): ShadowMount {
  const host = document.createElement(tag);
  // Keep the host out of layout and above the page, and stop the page's styles from inheriting in.
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; inset: auto 16px 16px auto;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  root.append(style, container);
  parent.append(host);
  return { host, root, container, remove: () => host.remove() };
}
