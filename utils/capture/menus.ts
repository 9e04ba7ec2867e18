/**
 * Context-menu capture (a background feature): 「保存选中文字为证据」 keeps the selected text with the
 * page address; 「截图此页为证据」 keeps a PNG of the visible tab, hashed; 「安宁：从本页选取消息列表」
 * injects the element picker. Each acts only on the tab the user right-clicked (activeTab), so no
 * site access is needed beyond what the user grants with that click.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundFeature } from '../background/features';
import { sealMessages } from '../evidence/seal';
import { formatBeijing } from '../i18n/time';
import { findPhones } from '../phone';
import type { AnningDb } from '../store/db';
import { saveEvidence } from '../store/evidence';
import { base64ToBytes, storeAttachment } from './attachments';

export const MENU_SAVE_SELECTION = 'anning-save-selection';
export const MENU_SCREENSHOT = 'anning-screenshot';
export const MENU_PICK = 'anning-pick-list';

/** The selection as a message record: the sender is the one phone number in it, if there is one. */
export function selectionInput(text: string, pageUrl: string) {
  const selected = text.trim().slice(0, 20_000);
  const phones = findPhones(selected);
  const distinct = new Set(phones.map((p) => p.key));
  const numberRaw = distinct.size === 1 ? selected.slice(phones[0]!.start, phones[0]!.end) : `网页选中文字（${hostOf(pageUrl)}）`;
  return { numberRaw: numberRaw.slice(0, 200), direction: 'in' as const, text: selected, channel: 'other' as const, sourceUrl: pageUrl.slice(0, 2000) };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url.slice(0, 60);
  } catch {
    return url.slice(0, 60);
  }
}

/** When it was saved is all we know of a selection's time: stored as such (atRaw says so). */
export async function saveSelection(db: AnningDb, text: string, pageUrl: string, now: number) {
  const input = { ...selectionInput(text, pageUrl), at: now, atPrecision: 'ms' as const, atRaw: '保存时间（网页未显示发送时间）' };
  const records = await sealMessages([input], { source: 'selection', sourceUrl: pageUrl, capturedAt: now });
  return saveEvidence(db, records, []);
}

async function toast(tabId: number, frameId: number | undefined, text: string) {
  await browser.scripting
    .executeScript({
      target: { tabId, frameIds: frameId ? [frameId] : undefined },
      args: [text],
      func: (message: string) => {
        const host = document.createElement('anning-toast');
        host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px;';
        const root = host.attachShadow({ mode: 'closed' });
        const div = document.createElement('div');
        div.setAttribute('role', 'status');
        div.textContent = message;
        div.style.cssText = "font: 14px/1.4 system-ui, 'PingFang SC', sans-serif; background: #1f6f5c; color: #fff; padding: 10px 14px; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.2);";
        root.append(div);
        document.documentElement.append(host);
        setTimeout(() => host.remove(), 4000);
      },
    })
    .catch(() => undefined); // pages we can't script (the web store, PDFs): the record is saved anyway
}

async function onClick(db: AnningDb, info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
  if (!tab?.id) return;
  const url = info.frameUrl ?? info.pageUrl ?? tab.url ?? '';
  const now = Date.now();
  try {
    if (info.menuItemId === MENU_SAVE_SELECTION && info.selectionText) {
      const r = await saveSelection(db, info.selectionText, url, now);
      await toast(tab.id, info.frameId, r.messages.added ? '安宁：选中的文字已保存为证据。' : '安宁：这段文字之前已保存过。');
    } else if (info.menuItemId === MENU_SCREENSHOT) {
      const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId!, { format: 'png' });
      const bytes = base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1));
      const r = await storeAttachment(db, { name: `网页截图 ${formatBeijing(now)}.png`, type: 'image/png', bytes, sourceUrl: tab.url ?? url, capturedAt: now });
      await toast(tab.id, undefined, `安宁：已截图保存（SHA-256 ${r.id.slice(0, 12)}…）。可在「收集证据 → 手动记录」里附到一条记录上。`);
    } else if (info.menuItemId === MENU_PICK) {
      await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: info.frameId ? [info.frameId] : undefined }, files: ['/picker.js'] });
    }
  } catch (err) {
    await toast(tab.id, info.frameId, `安宁：没有保存——${err instanceof Error ? err.message : String(err)}`);
  }
}

export const captureMenusFeature: BackgroundFeature = {
  id: 'capture-menus',
  setup({ db }) {
    browser.runtime.onInstalled.addListener(() => {
      // No removeAll here: other features own menu items too. A duplicate id (update) only sets
      // lastError, which the callback reads so it isn't reported as unchecked.
      const quiet = () => void browser.runtime.lastError;
      browser.contextMenus.create({ id: MENU_SAVE_SELECTION, title: '保存选中文字为证据', contexts: ['selection'] }, quiet);
      browser.contextMenus.create({ id: MENU_SCREENSHOT, title: '截图此页为证据', contexts: ['page'] }, quiet);
      browser.contextMenus.create({ id: MENU_PICK, title: '安宁：从本页选取消息列表', contexts: ['page'] }, quiet);
    });
    browser.contextMenus.onClicked.addListener((info, tab) => void onClick(db, info, tab));
  },
};
