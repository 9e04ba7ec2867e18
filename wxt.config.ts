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

// Builds for tests set ANNING_TEST_HOSTS=1 so content scripts also run on the fixture server.
const TEST_HOSTS = process.env.ANNING_TEST_HOSTS ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: process.env.ANNING_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab'],
    host_permissions: [...PRODUCT_HOSTS, ...TEST_HOSTS],
    optional_host_permissions: ['<all_urls>'],
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
