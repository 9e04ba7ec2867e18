// Builds the e2e variant of the extension (content scripts also match 127.0.0.1), then runs every
// tests/e2e/*.e2e.test.mjs with node's test runner, one file at a time (each starts its own Chromium).
// Pass file paths to run only those. A TAP copy goes to .tmp/e2e.tap for the summary in scripts/test.sh.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.env.ANNING_SKIP_BUILD) run('npx', ['wxt', 'build', '--mode', 'e2e']);
const only = process.argv.slice(2);
const files = only.length
  ? only
  : readdirSync('tests/e2e').filter((f) => f.endsWith('.e2e.test.mjs')).sort().map((f) => `tests/e2e/${f}`);
mkdirSync('.tmp', { recursive: true });
run(process.execPath, [
  '--test', '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${process.env.ANNING_E2E_TAP ?? '.tmp/e2e.tap'}`,
  ...files,
]);
