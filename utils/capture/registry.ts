/** Every site adapter, in this one list. The capture content script matches their union. */
import { googleMessages } from './adapters/googleMessages';
import { googleVoice } from './adapters/googleVoice';
import { huaweiCloud } from './adapters/huawei';
import { xiaomiCloud } from './adapters/xiaomi';
import type { SiteAdapter } from './types';

export const siteAdapters: SiteAdapter[] = [googleMessages, googleVoice, xiaomiCloud, huaweiCloud];

export function adapterFor(doc: Document, url: URL): SiteAdapter | undefined {
  return siteAdapters.find((a) => a.ready(doc, url));
}
