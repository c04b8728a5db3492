/**
 * The adversarial corpus through the CLI (issue 10, "the suite keeps it so"): every case of
 * corpus/*.json, in Spanish and English. Cases that need a real process (pipes, devices, huge
 * files, signals, exit statuses) are spawned as `node --import tsx src/cli/bin.ts`, two at a time;
 * the rest run through `cli()` in a worker thread. For each: the exit status is the expected one
 * (never 1), no stack trace nor JavaScript error text without --debug, an error is one line
 * (plus the caret display of a formula fault) without control characters, and nothing hangs.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliProblems, type Outcome } from './support/checks.js';
import {
  argvOf,
  type CliCase,
  categories,
  type Lang,
  loadCliCases,
  materialise,
  tempRoot,
} from './support/corpus.js';
import { InProcessRunner, pool, runSubprocess } from './support/runners.js';

const cases = loadCliCases();
const root = tempRoot();
const results = new Map<string, Outcome>();
const key = (c: CliCase, lang: Lang) => `${c.id} ${lang}`;

/**
 * Both languages, except subprocess cases that expect success only: they print data rather than a
 * message, so they run once each, in the language their table gives (the tables alternate es/en).
 */
function langsOf(c: CliCase): Lang[] {
  return c.langs ?? ['en', 'es'];
}

function created(c: CliCase, dir: string): string[] {
  return (c.creates ?? []).filter((f) => {
    const p = join(dir, f);
    return existsSync(p) && statSync(p).size > 0;
  });
}

beforeAll(async () => {
  const runner = new InProcessRunner();
  const jobs = cases.flatMap((c) => langsOf(c).map((lang) => ({ c, lang })));
  const spawned = jobs
    .filter((j) => j.c.subprocess)
    .map(({ c, lang }) => async () => {
      const dir = materialise(c, root);
      results.set(key(c, lang), await runSubprocess(c, argvOf(c, dir), lang, dir));
      rmSync(dir, { recursive: true, force: true });
    });
  const inProcess = async () => {
    for (const { c, lang } of jobs.filter((j) => !j.c.subprocess)) {
      const dir = materialise(c, root);
      const outcome = await runner.run(argvOf(c, dir), lang, dir);
      results.set(key(c, lang), { ...outcome, created: created(c, dir) });
      rmSync(dir, { recursive: true, force: true });
    }
    await runner.close();
  };
  await Promise.all([pool(spawned, 2), inProcess()]);
}, 900_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  // The closing note's table: cases per category and how many failed.
  const rows = categories.map((cat) => {
    const mine = cases.filter((c) => c.category === cat);
    const runs = mine.flatMap((c) => langsOf(c).map((lang) => ({ c, lang })));
    const failed = runs.filter(({ c, lang }) => {
      const o = results.get(key(c, lang));
      return !o || cliProblems(c, lang, o).length > 0;
    });
    return `${cat.padEnd(12)} ${String(mine.length).padStart(5)} cases ${String(runs.length).padStart(5)} runs ${String(failed.length).padStart(5)} failed`;
  });
  console.log(`adversarial CLI corpus:\n${rows.join('\n')}`);
});

describe('the corpus', () => {
  it('has cases in every category but addresses (library only)', () => {
    const empty = categories.filter((cat) => cat !== 'addresses' && !cases.some((c) => c.category === cat));
    expect(empty).toEqual([]);
  });

  it('checks catch a crash, a stack, two lines, raw escapes, a live CSV formula and a missing plot', () => {
    const c: CliCase = { id: 'x', category: 'security', argv: ['run'], status: 2 };
    const err = (stderr: string, status = 2) => cliProblems(c, 'en', { status, stdout: '', stderr });
    expect(err('descenso: fine\n')).toEqual([]);
    expect(err('descenso: formula\n  x+?\n    ^\n')).toEqual([]);
    expect(err('descenso: internal error\n', 1)).toHaveLength(1);
    expect(err('descenso: x\n    at main (src/cli/main.ts:1:1)\n').join()).toMatch(/stack/);
    expect(err("TypeError: Cannot read properties of undefined (reading 'pytorch')\n").join()).toMatch(
      /error text/,
    );
    expect(err('descenso: one\ndescenso: two\n').join()).toMatch(/2 lines/);
    expect(err('descenso: \u001b[2J\n').join()).toMatch(/control/);
    expect(err(`descenso: ${'x'.repeat(2000)}\n`).join()).toMatch(/characters/);
    expect(err('', 2).join()).toMatch(/no message/);
    const csv = { ...c, status: 0, csvSafe: true, creates: ['d.svg'] };
    const ok = (stdout: string) =>
      cliProblems(csv, 'en', { status: 0, stdout, stderr: '', created: ['d.svg'] });
    expect(ok('run,step\n-0.35,1e-7\n"\'=1+1",2\n')).toEqual([]);
    expect(ok('run,step\n=1+1,2\n').join()).toMatch(/CSV/);
    expect(ok('run,step\n"-1+1",2\n').join()).toMatch(/CSV/);
    expect(cliProblems(csv, 'en', { status: 0, stdout: '', stderr: '', created: [] }).join()).toMatch(
      /not written/,
    );
    expect(cliProblems(c, 'en', { status: -1, stdout: '', stderr: '', hung: true }).join()).toMatch(/hang/);
  });

  it('never expects exit status 1', () => {
    const ones = cases.filter((c) => (Array.isArray(c.status) ? c.status : [c.status]).includes(1));
    expect(ones.map((c) => c.id)).toEqual([]);
  });
});

for (const category of categories) {
  const mine = cases.filter((c) => c.category === category);
  if (mine.length === 0) continue;
  describe(`descenso with hostile ${category}`, () => {
    for (const c of mine)
      for (const lang of langsOf(c))
        it(`${c.id} (${lang}${c.subprocess ? ', process' : ''}) exits ${JSON.stringify(c.status)} cleanly`, () => {
          const outcome = results.get(key(c, lang));
          expect(outcome, 'the case did not run').toBeDefined();
          const problems = cliProblems(c, lang, outcome as Outcome);
          // The problems go into the message too, so that every reporter shows them.
          expect(problems, `${c.note ?? c.id}\n  ${problems.join('\n  ')}`).toEqual([]);
        });
  });
}
