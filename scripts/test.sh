#!/usr/bin/env bash
# Every check of descenso, in order: browser available, lint + format, types, unit tests, browser tests.
# Ends with one closing line "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f .vitest-report.json
bash scripts/ensure-chromium.sh || exit 1
npx biome check . || { echo "tests: 0 passed, 1 failed (lint/format: run npm run format)"; exit 1; }
npx tsc --noEmit -p . || { echo "tests: 0 passed, 1 failed (type check)"; exit 1; }
npx vitest run --reporter=default --reporter=json --outputFile=.vitest-report.json
status=$?
if [ -f .vitest-report.json ]; then node scripts/summary.mjs .vitest-report.json || status=1; else status=1; fi
exit $status
