import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { inlineWorkers, singleFile } from '../scripts/single-file.js';
import lab from './vite.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const workers = inlineWorkers(root, fileURLToPath(new URL('./src', import.meta.url)));

// The lab as one HTML file for file:// (web/dist-single/descenso.html): the normal build with
// no lazy chunks, one style sheet, one inline classic worker bundle, all written into the page
// (scripts/single-file.ts).
export default mergeConfig(
  lab,
  defineConfig({
    plugins: [workers.sites, singleFile()],
    // one worker bundle for all the workers (scripts/single-file.ts: workersEntry), in one piece;
    // classic: Chromium refuses a module worker from a blob: URL made by a file:// page (its
    // opaque origin fails the module fetch's CORS check) and starts a classic one
    worker: {
      format: 'iife',
      plugins: () => [workers.workerPlugin()],
      rolldownOptions: { output: { codeSplitting: false } },
    },
    build: {
      outDir: 'dist-single',
      cssCodeSplit: false,
      assetsInlineLimit: Number.POSITIVE_INFINITY,
      rolldownOptions: {
        output: { codeSplitting: false },
        // bundling the workers is most of this build, as expected: no timing warning
        checks: { bundlerTimings: false },
      },
    },
  }),
);
