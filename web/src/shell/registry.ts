/// <reference types="vite/client" />
/**
 * The labs this build has, each loaded on demand: a lab folder with an `index.ts` whose default
 * export is its LabModule. Vite turns the glob into one lazy chunk per lab, so the first load
 * carries the shell only; a lab not written yet simply has no tab.
 */
import type { LabModule, LabName } from './lab.js';
import type { Loaders } from './store.js';

const found = import.meta.glob<LabModule>('../{surface,regression,derivative,study}/index.ts', {
  import: 'default',
});

export const loaders: Loaders = Object.fromEntries(
  Object.entries(found).map(([path, load]) => [/^\.\.\/(\w+)\//.exec(path)?.[1] as LabName, load]),
);
