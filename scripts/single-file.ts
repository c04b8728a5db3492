/**
 * The lab as one HTML file that works opened from disk (file://): two Vite plugins for
 * web/vite.single.config.ts, and the pure string rewrites they apply (tested in single-file.test.ts).
 *
 * A page opened from file:// has an opaque origin: it may run inline scripts, but it cannot load
 * another file as a module, a lazy chunk or a worker script. So everything has to be in the page:
 * - the lazy chunks (each lab, the code panel, the 3-D view) are bundled into the entry
 *   (the config's `codeSplitting: false`), and the CSS into one sheet;
 * - each worker site `new Worker(new URL('./w.ts', import.meta.url), options)` is rewritten, in
 *   this build only, to Vite's inline worker (`./w.ts?worker&inline`): the worker's bundle as a
 *   string in the page, started from a blob: URL, which Chromium allows an opaque-origin page;
 * - the entry script and the sheet are then written into index.html, which becomes descenso.html,
 *   and the build fails if any other file would be written beside it.
 * The sources stay as they are: the normal build (web/vite.config.ts) keeps its lazy chunks and
 * worker files.
 */
import type { Plugin } from 'vite';

/** The file the single build writes, under its outDir. */
export const SINGLE_FILE_NAME = 'descenso.html';

const WORKER_SITE =
  /\bnew\s+Worker\s*\(\s*new\s+URL\s*\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*,?\s*\)\s*(,?)/g;

/**
 * `code` with every `new Worker(new URL(spec, import.meta.url), options)` turned into a call of
 * an inline worker imported from `spec?worker&inline` (Vite's wrapper takes the same options);
 * null when the code starts no worker.
 */
export function inlineWorkerSites(code: string): string | null {
  const imports: string[] = [];
  const rewritten = code.replace(WORKER_SITE, (_site, _quote: string, spec: string) => {
    const name = `__descensoInlineWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${spec}?worker&inline`)};`);
    return `${name}(`;
  });
  if (imports.length === 0) return null;
  return `${imports.join('\n')}\n${rewritten}`;
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

/** Rewrites the worker sites of the lab's sources (not of node_modules) to inline workers. */
export function inlineWorkers(): Plugin {
  return {
    name: 'descenso:inline-workers',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.tsx?$/.test(id.split('?')[0])) return null;
      const rewritten = inlineWorkerSites(code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
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
