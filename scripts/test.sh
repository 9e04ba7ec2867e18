#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine, then type-checks, builds for Chrome and
# Firefox, runs the unit tests and the real-browser (Chromium) tests. One command: `bash scripts/test.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "== installing Debian's Chromium (needed for the e2e tests)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

echo "== npm ci"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

echo "== type-check"
npx tsc --noEmit

echo "== build (Chrome MV3, Firefox)"
npx wxt build
npx wxt build -b firefox

mkdir -p .tmp
rm -f .tmp/vitest.json .tmp/e2e.tap
status=0
echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json || status=1

echo "== e2e tests (Chromium)"
node tests/e2e/run.mjs || status=1

# One closing line for both runners: "tests: N passed, N failed".
node -e '
const fs = require("fs");
let passed = 0, failed = 0;
try { const j = JSON.parse(fs.readFileSync(".tmp/vitest.json", "utf8")); passed += j.numPassedTests; failed += j.numFailedTests; } catch { failed += 1; }
try { const t = fs.readFileSync(".tmp/e2e.tap", "utf8"); passed += +(/^# pass (\d+)/m.exec(t)?.[1] ?? 0); failed += +(/^# fail (\d+)/m.exec(t)?.[1] ?? 0); } catch { failed += 1; }
console.log(`tests: ${passed} passed, ${failed} failed`);
'
exit $status
