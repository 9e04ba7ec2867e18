/**
 * 「截图当前页面」 from the popup: the popup opened by the user's click grants activeTab on the tab it
 * was opened over, so the background may capture that tab's visible area. Stored as a hashed attachment.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineHandler } from '../messaging/define';
import { formatBeijing } from '../i18n/time';
import { base64ToBytes, storeAttachment } from './attachments';

export const screenshotHandlers = {
  'attachments/screenshot': defineHandler({
    schema: v.object({}),
    from: 'extension',
    async handle(_p, { db, now }) {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.windowId) throw new Error('找不到当前网页');
      const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
      const at = now();
      const bytes = base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1));
      const r = await storeAttachment(db, { name: `网页截图 ${formatBeijing(at)}.png`, type: 'image/png', bytes, sourceUrl: tab.url ?? '', capturedAt: at });
      return { ...r, url: tab.url ?? '' };
    },
  }),
};
