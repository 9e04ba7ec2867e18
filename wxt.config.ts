import { defineConfig } from 'wxt';

// Sites the product works on by default. Everything else is reached only through the
// optional all-sites permission, which the user grants at runtime (issue #3).
export const PRODUCT_HOSTS = [
  'https://messages.google.com/*',
  'https://voice.google.com/*',
  'https://i.mi.com/*',
  'https://*.i.mi.com/*',
  'https://cloud.huawei.com/*',
  'https://*.cloud.huawei.com/*',
  'https://tousu.sina.com.cn/*',
  'https://tousu.sina.cn/*',
  'https://www.12321.cn/*',
  'https://jubao.nifa.org.cn/*',
  'https://www.nfra.gov.cn/*',
  'https://www.12315.cn/*',
  'https://wsxf.gjxfj.gov.cn/*',
];

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
