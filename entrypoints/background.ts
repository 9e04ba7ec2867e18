import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundFeatures } from '../utils/background/features';
import type { SenderInfo } from '../utils/messaging/define';
import { handlers } from '../utils/messaging/registry';
import { route } from '../utils/messaging/router';
import { getDb } from '../utils/store/db';

function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo {
  const extensionOrigin = browser.runtime.getURL('/');
  const url = sender.url ?? sender.tab?.url ?? '';
  return {
    isExtensionPage: sender.id === browser.runtime.id && url.startsWith(extensionOrigin),
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url,
  };
}

export default defineBackground(() => {
  const db = getDb();

  // The one listener for the whole protocol: every message gets an answer, unknown ones an error.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    void route(handlers, message, { db, sender: senderInfo(sender), now: Date.now }).then(sendResponse);
    return true;
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });

  for (const feature of backgroundFeatures) feature.setup({ db });
});
