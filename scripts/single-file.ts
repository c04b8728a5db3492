/**
 * The lab as one HTML file that works opened from disk (file://): two Vite plugins for
 * web/vite.single.config.ts, and the pure string rewrites they apply (tested in test/single-file-build.test.ts).
 *
 * A page opened from file:// has an opaque origin: it may run inline scripts, but it cannot load
 * another file as a module, a lazy chunk or a worker script. So everything has to be in the page:
 * - the lazy chunks (each lab, the code panel, the 3-D view) are bundled into the entry
 *   (the config's `codeSplitting: false`), and the CSS into one sheet;
 * - each worker site `new Worker(new URL('./w.ts', import.meta.url), options)` is rewritten, in
 *   this build only, to a start of ONE inline worker bundle (Vite's `?worker&inline`: the bundle as
 *   a string in the page, started from a blob: URL) named after the worker; the bundle holds every
 *   worker as a lazy import and runs the one its name says, so the engine the workers share is in
 *   the page once. Classic, not module, workers: Chromium refuses a module worker from a blob: URL
 *   made by a file:// page, and starts a classic one;
 * - the entry script and the sheet are then written into index.html, which becomes descenso.html,
 *   and the build fails if any other file would be written beside it.
 * The sources stay as they are: the normal build (web/vite.config.ts) keeps its lazy chunks and
 * worker files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The file the single build writes, under its outDir. */
export const SINGLE_FILE_NAME = 'descenso.html';

const WORKER_SITE =
  /\bnew\s+Worker\s*\(\s*new\s+URL\s*\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*,?\s*\)\s*(,?)\s*/g;

/** The id of the one worker bundle the single build inlines (no file of that name exists). */
export const WORKERS_ID = '/__descenso-single-workers__.js';

/** The worker scripts `code` starts (`new Worker(new URL(spec, import.meta.url), …)`), as written. */
export function workerSpecs(code: string): string[] {
  return [...code.matchAll(WORKER_SITE)].map((m) => m[2]);
}

/**
 * `code` with every `new Worker(new URL(spec, import.meta.url), options)` turned into a start of
 * the one inline worker bundle, named `keyOf(spec)`: the bundle runs the worker of that name (a
 * `name` in the options would be replaced: none of the lab's workers has one). Null when the code
 * starts no worker.
 */
export function inlineWorkerSites(code: string, keyOf: (spec: string) => string): string | null {
  let sites = 0;
  const rewritten = code.replace(WORKER_SITE, (_site, _quote: string, spec: string) => {
    sites++;
    return `__descensoWorker(${JSON.stringify(keyOf(spec))}, `;
  });
  if (sites === 0) return null;
  return [
    `import __descensoWorkers from ${JSON.stringify(`${WORKERS_ID}?worker&inline`)};`,
    'const __descensoWorker = (name, options) => __descensoWorkers({ ...options, name });',
    rewritten,
  ].join('\n');
}

/**
 * The one worker bundle's entry: it runs the worker its name (`self.name`) says. Each worker is
 * a lazy import, bundled in: only the named one is evaluated, and the code they share (the
 * engine, the messages) is in the page once, not once per worker.
 */
export function workersEntry(workers: ReadonlyMap<string, string>): string {
  const rows = [...workers].map(
    ([key, file]) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(file)}),`,
  );
  return ['const workers = {', ...rows, '};', 'workers[self.name]?.();', ''].join('\n');
}

/**
 * Script text safe inside a `<script>` element: a `</script` in a string literal would end the
 * element, and `<!--` could start the HTML parser's escaped state. Both become the same string
 * with an escaped character (`<\/script`, `<\!--`), which JavaScript reads as the original.
 */
export function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Style text safe inside a `<style>` element. */
export function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

export interface PageParts {
  /** The code of each script the page links, by the path it links. */
  scripts: ReadonlyMap<string, string>;
  /** The text of each style sheet the page links, by the path it links. */
  styles: ReadonlyMap<string, string>;
}

const SCRIPT_TAG = /<script\b([^>]*)\ssrc="([^"]+)"([^>]*)><\/script>/g;
const STYLE_TAG = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const PRELOAD_TAG = /\s*<link\b[^>]*\brel="modulepreload"[^>]*>/g;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
}

/** The file a tag links, relative to the page (`./assets/x.js` → `assets/x.js`). */
function linked(path: string): string {
  return path.replace(/^\.?\//, '');
}

/**
 * `html` with each linked script and style sheet written into it (from `parts`, by the linked
 * path), and the paths it took in; throws if the page links a file `parts` does not hold, so
 * nothing is left to fetch.
 */
export function inlinePage(html: string, parts: PageParts): { html: string; used: Set<string> } {
  const used = new Set<string>();
  const take = (map: ReadonlyMap<string, string>, path: string) => {
    const text = map.get(linked(path));
    if (text === undefined) throw new Error(`single file: the page links ${path}, which is not in the build`);
    used.add(linked(path));
    return text;
  };
  const inlined = html
    .replace(PRELOAD_TAG, '')
    .replace(SCRIPT_TAG, (_tag, before: string, src: string, after: string) => {
      const attrs = `${before}${after}`.replace(/\s+crossorigin\b(="[^"]*")?/g, '');
      return `<script${attrs}>${scriptText(take(parts.scripts, src))}</script>`;
    })
    .replace(
      STYLE_TAG,
      (tag) => `<style>${styleText(take(parts.styles, attribute(tag, 'href') ?? ''))}</style>`,
    );
  return { html: inlined, used };
}

/**
 * `code` with Vite's preload markers resolved to "no dependencies". Vite wraps each `import()` as
 * `__vitePreload(load, __VITE_PRELOAD__, …)` and fills the marker in while it writes the chunks;
 * with the imports bundled into the entry (no `import()` left) it finds none to pair them with and
 * leaves them, undefined at run time. Nothing is preloaded in one file: `void 0` is what Vite writes
 * for an import with no dependencies.
 */
export function withoutPreloadMarkers(code: string): string {
  return code.replaceAll('__VITE_PRELOAD__', 'void 0');
}

/** Every worker site in the files under `dir` (tests aside): worker key → the worker's file. */
export function findWorkers(root: string, dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
        for (const spec of workerSpecs(readFileSync(p, 'utf8'))) {
          const file = resolve(dirname(p), spec);
          found.set(relative(root, file), file);
        }
    }
  };
  walk(dir);
  return found;
}

/**
 * Rewrites the worker sites of the lab's sources (`dir`, not node_modules) to starts of one inline
 * worker bundle, and gives the worker build that bundle's entry (`workerPlugin`).
 */
export function inlineWorkers(root: string, dir: string): { sites: Plugin; workerPlugin: () => Plugin } {
  const workers = findWorkers(root, dir);
  const entry: Plugin = {
    name: 'descenso:workers-entry',
    resolveId: (id) => (id.split('?')[0] === WORKERS_ID ? id : null),
    load: (id) => (id.split('?')[0] === WORKERS_ID ? workersEntry(workers) : null),
  };
  const sites: Plugin = {
    name: 'descenso:inline-workers',
    enforce: 'pre',
    apply: 'build',
    resolveId: entry.resolveId,
    transform(code, id) {
      const file = id.split('?')[0];
      if (file.includes('/node_modules/') || !/\.tsx?$/.test(file)) return null;
      const rewritten = inlineWorkerSites(code, (spec) => relative(root, resolve(dirname(file), spec)));
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
  return { sites, workerPlugin: () => entry };
}

/**
 * Writes the bundle's scripts and sheets into its index.html, renamed SINGLE_FILE_NAME, and
 * fails the build if any other file would be left beside it.
 */
export function singleFile(): Plugin {
  return {
    name: 'descenso:single-file',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') throw new Error('single file: the build wrote no index.html');
      const scripts = new Map<string, string>();
      const styles = new Map<string, string>();
      for (const [name, out] of Object.entries(bundle)) {
        if (out.type === 'chunk') scripts.set(name, withoutPreloadMarkers(out.code));
        else if (name.endsWith('.css')) styles.set(name, String(out.source));
      }
      const { html, used } = inlinePage(String(page.source), { scripts, styles });
      for (const name of used) delete bundle[name];
      const left = Object.keys(bundle).filter((name) => name !== 'index.html');
      if (left.length > 0) throw new Error(`single file: the build would also write ${left.join(', ')}`);
      delete bundle['index.html'];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
    },
  };
}
