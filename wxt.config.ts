import { defineConfig } from 'wxt';
import { PRODUCT_HOSTS } from './utils/sites';

// e2e builds (`wxt build --mode e2e`) may also reach the fixture server on 127.0.0.1.
const FIXTURE_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: process.env.ANNING_OUT_DIR ?? '.output',
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // scripting: flagging on all sites registers its content script at runtime, once the user grants
    // <all_urls> (issue #3); alarms: number-list subscriptions are re-checked on a schedule.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    host_permissions: [...PRODUCT_HOSTS, ...(mode === 'e2e' ? FIXTURE_HOSTS : [])],
    // MV2 (Firefox's default target) has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'anning@anning.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
