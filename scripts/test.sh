#!/usr/bin/env bash
# Every check of descenso, in order: browser available, lint + format, types, unit tests, browser tests.
# Ends with one closing line "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f .vitest-report.json .vitest-e2e.json
bash scripts/ensure-chromium.sh || exit 1
npx biome check . || { echo "tests: 0 passed, 1 failed (lint/format: run npm run format)"; exit 1; }
npx tsc --noEmit -p . || { echo "tests: 0 passed, 1 failed (type check)"; exit 1; }
npx vitest run --reporter=default --reporter=json --outputFile=.vitest-report.json
status=$?
# the lab as one file (web/dist-single/descenso.html), which test/e2e/single-file.test.ts opens from disk
npm run build:single -- --logLevel warn || status=1
npx vitest run --config test/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile=.vitest-e2e.json || status=1
if [ -f .vitest-report.json ] && [ -f .vitest-e2e.json ]; then
  node scripts/summary.mjs .vitest-report.json .vitest-e2e.json || status=1
else
  [ -f .vitest-report.json ] && node scripts/summary.mjs .vitest-report.json
  status=1
fi
exit $status
