// Builds the extension (the store build in .output/chrome-mv3, and a demo build whose content scripts
// also run on 127.0.0.1), serves the demo pages, and opens Chromium with the demo build loaded.
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT, startFixtureServer } from '../tests/e2e/harness.mjs';

const build = (args) => {
  const r = spawnSync('npx', ['wxt', 'build', ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
build([]);
build(['--mode', 'e2e']);

const storeBuild = resolve(ROOT, '.output/chrome-mv3');
const demoBuild = resolve(ROOT, '.output/chrome-mv3-e2e');
const server = await startFixtureServer();
const demoUrl = server.url('/index.html');

const byHand = `
把安宁装进你自己的浏览器 / Load Anning into your own browser:
  1. 打开 chrome://extensions（Edge: edge://extensions），打开右上角「开发者模式」。
     Open chrome://extensions (Edge: edge://extensions) and switch on Developer mode.
  2. 点「加载已解压的扩展程序」，选择文件夹 / Click "Load unpacked" and choose:
       ${storeBuild}
  3. 演示页面（需要演示版 ${demoBuild}，它也在 127.0.0.1 上运行）/ Demo pages (use the demo build ${demoBuild}):
       ${demoUrl}
`;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\n没有图形显示，无法打开浏览器窗口。No display available, so no browser window can open.${byHand}`);
  console.log('演示服务器正在运行，按 Ctrl+C 结束。The demo server is running; press Ctrl+C to stop.');
  if (process.argv.includes('--no-wait')) await server.close();
} else {
  const profile = await mkdtemp(join(tmpdir(), 'anning-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${demoBuild}`, `--load-extension=${demoBuild}`, '--no-first-run', '--disable-background-networking', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  console.log(`\nChromium 已打开演示页 / Chromium is open on ${demoUrl}${byHand}\n关闭浏览器即结束。Close the browser to stop.`);
  context.on('close', () => server.close().then(() => process.exit(0)));
}
