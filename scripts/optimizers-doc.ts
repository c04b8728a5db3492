/**
 * Rewrites the generated part of docs/optimizers.md (between its BEGIN/END markers) from the
 * conventions table, after a default, an equation or a difference changed:
 *
 *   npx tsx scripts/optimizers-doc.ts
 *
 * src/optim/conventions.test.ts fails until the file and the table agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOC_BEGIN, DOC_END, optimizersMarkdown } from '../src/optim/markdown.js';

const path = join(import.meta.dirname, '..', 'docs', 'optimizers.md');
const text = readFileSync(path, 'utf8');
const begin = text.indexOf(DOC_BEGIN);
const end = text.indexOf(DOC_END);
if (begin < 0 || end < begin) {
  console.error(`${path}: the markers ${DOC_BEGIN} … ${DOC_END} are missing`);
  process.exit(1);
}
const next =
  text.slice(0, begin) + optimizersMarkdown() + text.slice(end + DOC_END.length).replace(/^\n/, '');
writeFileSync(path, next);
console.log(next === text ? `${path} was up to date` : `rewrote the generated part of ${path}`);
