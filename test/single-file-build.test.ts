/**
 * The single-file build's rewrites (scripts/single-file.ts): worker sites to one inline worker bundle, Vite's
 * preload markers, and the page with its scripts and sheets written in. The build itself, opened
 * from file://, is checked in test/e2e/single-file.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findWorkers,
  inlinePage,
  inlineWorkerSites,
  scriptText,
  styleText,
  WORKERS_ID,
  withoutPreloadMarkers,
  workersEntry,
} from '../scripts/single-file.js';

const root = join(import.meta.dirname, '..');

/** The lab's source files (tests aside), paths from the repository's root. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const key = (spec: string) => `web/src/work/${spec.replace('./', '')}`;

describe('worker sites', () => {
  it('inlineWorkerSites(a module worker site with options) starts the one inline bundle, named after the worker, with the same options', () => {
    const code = "const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as W;";
    expect(inlineWorkerSites(code, key)).toBe(
      [
        `import __descensoWorkers from "${WORKERS_ID}?worker&inline";`,
        'const __descensoWorker = (name, options) => __descensoWorkers({ ...options, name });',
        'const w = __descensoWorker("web/src/work/worker.ts", { type: \'module\' }) as W;',
      ].join('\n'),
    );
  });

  it('inlineWorkerSites(two sites, one without options, spread over lines) rewrites each, importing the bundle once', () => {
    const code = [
      'const a = new Worker(new URL("./a.ts", import.meta.url));',
      'const b = new Worker(',
      "  new URL('./b.ts', import.meta.url),",
      "  { type: 'module' },",
      ');',
    ].join('\n');
    const out = inlineWorkerSites(code, key) ?? '';
    expect(out.match(/^import /gm)).toHaveLength(1);
    expect(out).toContain('const a = __descensoWorker("web/src/work/a.ts", );');
    expect(out).toContain('const b = __descensoWorker("web/src/work/b.ts", { type: \'module\' },\n);');
    expect(out).not.toContain('new Worker');
  });

  it('inlineWorkerSites(code without a worker site) is null: the file is left as it is', () => {
    expect(inlineWorkerSites('const u = new URL("./x.ts", import.meta.url);', key)).toBeNull();
    expect(inlineWorkerSites('const w = new Worker(url);', key)).toBeNull();
  });

  it('workersEntry(two workers) runs the one its name says, each a lazy import', () => {
    const entry = workersEntry(new Map([['web/src/work/worker.ts', '/r/web/src/work/worker.ts']]));
    expect(entry).toBe(
      [
        'const workers = {',
        '  "web/src/work/worker.ts": () => import("/r/web/src/work/worker.ts"),',
        '};',
        'workers[self.name]?.();',
        '',
      ].join('\n'),
    );
  });

  it('findWorkers(web/src) finds every worker the lab starts, and each site is rewritten', () => {
    const found = findWorkers(root, join(root, 'web', 'src'));
    // at least the runs' worker (surface and regression labs) and the studies' (study lab, basin layer)
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['web/src/work/worker.ts', 'web/src/work/study-worker.ts']),
    );
    expect(found.get('web/src/work/worker.ts')).toBe(join(root, 'web', 'src', 'work', 'worker.ts'));
    const starting = sources('web/src').filter((p) =>
      /new\s+Worker\s*\(/.test(readFileSync(join(root, p), 'utf8')),
    );
    for (const p of starting) {
      const out = inlineWorkerSites(readFileSync(join(root, p), 'utf8'), (spec) => spec) ?? '';
      expect(out, p).toContain('?worker&inline');
      expect(out, p).not.toMatch(/new\s+Worker\s*\(/);
    }
  });
});

describe('the page', () => {
  it('scriptText(code with "</script>" and "<!--" in strings) escapes both, and the code still means the same', () => {
    const code = 'const s = "</SCRIPT><!--", t = `</script>`;';
    const text = scriptText(code);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(text).toBe('const s = "<\\/SCRIPT><\\!--", t = `<\\/script>`;');
    // the test's own fixed string, read back as JavaScript
    expect(new Function(`${text} return [s, t];`)()).toEqual(['</SCRIPT><!--', '</script>']);
  });

  it('styleText(css with "</style>") escapes it', () => {
    expect(styleText('a::after { content: "</style>" }')).toBe('a::after { content: "<\\/style>" }');
  });

  it('withoutPreloadMarkers(a bundled import) gives it no dependencies', () => {
    expect(withoutPreloadMarkers('p(() => x, __VITE_PRELOAD__, import.meta.url)')).toBe(
      'p(() => x, void 0, import.meta.url)',
    );
  });

  it('inlinePage(the built page) writes its script and sheet in, drops preloads and crossorigin, and names what it took', () => {
    const html = [
      '<head>',
      '<script type="module" crossorigin src="./assets/index-1.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/chunk-2.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-3.css">',
      '</head>',
    ].join('\n');
    const { html: page, used } = inlinePage(html, {
      scripts: new Map([
        ['assets/index-1.js', 'go("</script>")'],
        ['assets/chunk-2.js', 'more()'],
      ]),
      styles: new Map([['assets/index-3.css', 'body{margin:0}']]),
    });
    expect(page).toBe(
      '<head>\n<script type="module">go("<\\/script>")</script>\n<style>body{margin:0}</style>\n</head>',
    );
    expect([...used].sort()).toEqual(['assets/index-1.js', 'assets/index-3.css']);
  });

  it('inlinePage(a page that links a file the build does not hold) throws, naming the file', () => {
    expect(() =>
      inlinePage('<script type="module" src="./assets/gone.js"></script>', {
        scripts: new Map(),
        styles: new Map(),
      }),
    ).toThrow('single file: the page links ./assets/gone.js, which is not in the build');
  });
});
