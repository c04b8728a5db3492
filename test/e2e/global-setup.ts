/**
 * Once per e2e run: build the lab when web/dist is missing or older than its sources, serve it
 * with serveLab on a free port, and hand the address to the tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error — a plain .mjs script without type declarations
import { serveLab } from '../../scripts/serve.mjs';

const root = join(import.meta.dirname, '..', '..');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (!/\.test\.ts$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  const index = join(root, 'web', 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newest(join(root, 'web', 'src')),
    newest(join(root, 'src')),
    statSync(join(root, 'web', 'index.html')).mtimeMs,
    statSync(join(root, 'web', 'vite.config.ts')).mtimeMs,
  );
  return sources > built;
}

export default async function setup(project: TestProject) {
  if (stale())
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  const lab = await serveLab({ port: 0, root: join(root, 'web', 'dist') });
  project.provide('labUrl', lab.url);
  return async () => {
    await lab.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    labUrl: string;
  }
}
