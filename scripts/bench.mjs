#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/*.bench.{ts,mts,js,mjs} in turn, each in its own process
// (so one bench's JIT state, heap or browser cannot colour the next), and passes their stdout through:
// each bench prints one JSON object per line with its own baseline measured in the same run.
// Anything a bench prints that is not JSON goes to stderr, so stdout stays machine-readable.
// Optional arguments filter by file name: `npm run bench -- findPhones`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'scripts', 'bench');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => /\.bench\.(ts|mts|js|mjs)$/.test(f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error(`bench: no benchmark files in ${dir}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

// tsx runs TypeScript and plain ES modules alike; use the project's copy, not a download.
const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
if (!existsSync(tsx)) {
  console.error('bench: tsx is not installed (run npm install)');
  process.exit(1);
}

function run(file) {
  return new Promise((resolve) => {
    const child = spawn(tsx, [join(dir, file)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let pending = '';
    const forward = (line) => {
      if (line.trim() === '') return;
      try {
        JSON.parse(line);
        process.stdout.write(`${line}\n`);
      } catch {
        process.stderr.write(`[${file}] ${line}\n`);
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(forward);
    });
    child.on('close', (code, signal) => {
      forward(pending);
      if (code !== 0) console.error(`bench: ${file} failed (${signal ?? `exit ${code}`})`);
      resolve(code === 0);
    });
  });
}

let failed = 0;
for (const file of files) {
  if (!(await run(file))) failed++;
}
process.exit(failed ? 1 : 0);
