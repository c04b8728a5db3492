import { defineConfig, mergeConfig } from 'vite';
import { inlineWorkers, singleFile } from '../scripts/single-file.js';
import lab from './vite.config.js';

// The lab as one HTML file for file:// (web/dist-single/descenso.html): the normal build with
// no lazy chunks, one style sheet, inline classic workers, all written into the page (scripts/single-file.ts).
export default mergeConfig(
  lab,
  defineConfig({
    plugins: [inlineWorkers(), singleFile()],
    // classic workers: Chromium refuses a module worker from a blob: URL made by a file:// page
    // (its opaque origin fails the module fetch's CORS check) and starts a classic one
    worker: { format: 'iife' },
    build: {
      outDir: 'dist-single',
      cssCodeSplit: false,
      assetsInlineLimit: Number.POSITIVE_INFINITY,
      rolldownOptions: {
        output: { codeSplitting: false },
        // bundling the two inline workers is most of this build, as expected: no timing warning
        checks: { bundlerTimings: false },
      },
    },
  }),
);
