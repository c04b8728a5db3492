import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The lab: everything bundled from web/ and src/, nothing fetched from elsewhere at run time.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 800,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
