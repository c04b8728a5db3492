/**
 * The adversarial corpus: JSON tables of CLI cases in ../corpus/, read and expanded here.
 *
 * A table file holds `cases` (one case each) and `matrices` (templates × values: every template
 * is instantiated once per value, with `{value}` replaced in its argv and files). Input files are
 * described, not committed: they are written into a fresh temporary folder when the suite starts
 * (huge ones as sparse files), and argv names them as `{dir}/name`. See ../README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Lang = 'en' | 'es';

export const categories = [
  'security',
  'escapes',
  'names',
  'pipes',
  'signals',
  'sizes',
  'numbers',
  'formulas',
  'csv',
  'json',
  'experiments',
  'addresses',
  'divergence',
  'messages',
] as const;
export type Category = (typeof categories)[number];

/** Text made at test time, so that big inputs are never committed. */
export type Generated =
  | { repeat: string; times: number; prefix?: string; suffix?: string; separator?: string }
  | { numbered: string; times: number; prefix?: string; suffix?: string; separator?: string }
  /** `times` openings, `inner`, then `times` closings: deep nesting. */
  | { nest: string; close: string; inner: string; times: number; prefix?: string; suffix?: string }
  | { json: unknown };

/** An input file of a case, created in the case's folder. */
export type FileSpec =
  | { text: string }
  | { json: unknown }
  | { generate: Generated }
  /** A file of this many bytes that takes no disk space (all NUL bytes). */
  | { sparse: number }
  /** Raw bytes, for invalid UTF-8 and binary files. */
  | { bytes: number[] }
  | { directory: true }
  /** A named pipe (FIFO); the runner writes `text` into it (subprocess cases only). */
  | { fifo: string };

export type Arg = string | { generate: Generated };

export interface Expectation {
  /** Allowed exit statuses: 0 for valid input, 2 for a user error; 1 is never right. */
  status: number | number[];
  /** Regexes (case-insensitive) the stderr message must match, per language. */
  stderr?: Partial<Record<Lang, string>>;
  /** Regexes stdout + stderr together must match, per language. */
  output?: Partial<Record<Lang, string>>;
  /** A regex stdout + stderr must not match: in every language, or per language. */
  notOutput?: string | Partial<Record<Lang, string>>;
  /** A regex stdout must match when the exit status is 0. */
  okStdout?: string;
  /** Every CSV cell of stdout is neutralised: none begins with = + @ tab CR, nor '-' unless a number. */
  csvSafe?: boolean;
  /** Files in the case's folder that must exist (non-empty) after a run that exits 0. */
  creates?: string[];
}

export interface CliCase extends Expectation {
  id: string;
  category: Category;
  /** The item of issue 10 it comes from, when it does. */
  issue?: number;
  note?: string;
  argv: Arg[];
  files?: Record<string, FileSpec>;
  /** Cases that need a real process (pipes, devices, huge files, signals, exit codes). */
  subprocess?: boolean;
  /** Default: both. Subprocess cases without a message to read run once, see cli.test.ts. */
  langs?: Lang[];
  /** What goes into stdin through a pipe (subprocess only; default: nothing, stdin closed). */
  stdin?: string;
  /** Subprocess only: the V8 heap limit (MB), for cases that must run in bounded memory. */
  heapMb?: number;
  /** Subprocess only: close our end of stdout at once, or after the first line (`| head -1`). */
  closeStdout?: 'at-once' | 'after-first-line';
  /** Subprocess only: once stdout matches `afterStdout`, optionally hold a half-sent HTTP request, then send the signal. */
  signal?: { name: 'SIGINT' | 'SIGTERM'; afterStdout: string; halfRequest?: boolean };
}

interface Template extends Expectation {
  id: string;
  issue?: number;
  note?: string;
  argv: Arg[];
  files?: Record<string, FileSpec>;
  langs?: Lang[];
}

interface Matrix {
  category: Category;
  note?: string;
  values: string[];
  templates: Template[];
}

interface Table {
  cases?: CliCase[];
  matrices?: Matrix[];
}

export const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Replaces `{value}` in every string inside `x` (argv, file specs, JSON contents). */
function substitute<T>(x: T, value: string): T {
  if (typeof x === 'string') return x.split('{value}').join(value) as T;
  if (Array.isArray(x)) return x.map((y) => substitute(y, value)) as T;
  if (x !== null && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      // defineProperty: a value of "__proto__" must become an own key, not the prototype.
      Object.defineProperty(out, substitute(k, value), {
        value: substitute(v, value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return x;
}

/** A short printable form of a value for a case id (control characters as \xNN). */
export function printable(s: string, max = 24): string {
  const shown = [...s]
    .map((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c < 0x20 ||
        (c >= 0x7f && c <= 0x9f) ||
        (c >= 0x2028 && c <= 0x202e) ||
        (c >= 0x2066 && c <= 0x2069)
        ? `\\u${c.toString(16).padStart(4, '0')}`
        : ch;
    })
    .join('');
  return shown.length > max ? `${shown.slice(0, max)}…` : shown;
}

function expand(m: Matrix): CliCase[] {
  return m.templates.flatMap((tpl) =>
    m.values.map((value) => ({
      ...substitute(tpl, value),
      id: `${m.category}/${tpl.id}[${printable(value)}]`,
      category: m.category,
    })),
  );
}

/** Every CLI case of every table in corpus/, matrices expanded; ids are unique. */
export function loadCliCases(): CliCase[] {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.json') && !f.startsWith('addresses'));
  const all = files.flatMap((f) => {
    const table = JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as Table;
    return [...(table.cases ?? []), ...(table.matrices ?? []).flatMap(expand)];
  });
  const seen = new Set<string>();
  for (const c of all) {
    if (seen.has(c.id)) throw new Error(`corpus: duplicate case id ${c.id}`);
    if (!(categories as readonly string[]).includes(c.category))
      throw new Error(`corpus: case ${c.id} has an unknown category ${c.category}`);
    seen.add(c.id);
  }
  return all;
}

export function generate(g: Generated): string {
  if ('json' in g) return JSON.stringify(g.json);
  if ('nest' in g)
    return `${g.prefix ?? ''}${g.nest.repeat(g.times)}${g.inner}${g.close.repeat(g.times)}${g.suffix ?? ''}`;
  const sep = g.separator ?? '';
  const parts =
    'repeat' in g
      ? new Array<string>(g.times).fill(g.repeat)
      : Array.from({ length: g.times }, (_, i) => g.numbered.split('{i}').join(String(i + 1)));
  return `${g.prefix ?? ''}${parts.join(sep)}${g.suffix ?? ''}`;
}

export function statuses(e: Expectation): number[] {
  return Array.isArray(e.status) ? e.status : [e.status];
}

/** A fresh folder holding the case's files; returns its path. */
export function materialise(c: CliCase, root: string): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const [name, spec] of Object.entries(c.files ?? {})) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if ('directory' in spec) mkdirSync(path, { recursive: true });
    else if ('sparse' in spec) {
      writeFileSync(path, '');
      truncateSync(path, spec.sparse);
    } else if ('bytes' in spec) writeFileSync(path, Buffer.from(spec.bytes));
    else if ('fifo' in spec) execFileSync('mkfifo', [path]);
    else if ('text' in spec) writeFileSync(path, spec.text);
    else if ('json' in spec) writeFileSync(path, JSON.stringify(spec.json));
    else writeFileSync(path, generate(spec.generate));
  }
  return dir;
}

/** The argv of a case with `{dir}` pointing at its folder and generated arguments made. */
export function argvOf(c: CliCase, dir: string): string[] {
  return c.argv.map((a) => (typeof a === 'string' ? a : generate(a.generate)).split('{dir}').join(dir));
}

export function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'descenso-adversarial-'));
}
