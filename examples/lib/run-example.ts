import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs examples/<name>.ts in a fresh node (as `npx tsx examples/<name>.ts` does) and returns its stdout lines. */
export function runExample(name: string): string[] {
  const file = fileURLToPath(new URL(`../${name}.ts`, import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return out.replace(/\n$/, '').split('\n');
}
