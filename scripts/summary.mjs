// Prints the closing line of the whole test run from vitest's JSON report: "tests: N passed, M failed".
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.vitest-report.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.numFailedTests > 0 || r.success === false ? 1 : 0);
