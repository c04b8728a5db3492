import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Lesson, lessonById } from '../lessons/index.js';
import { cli } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'descenso-lesson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` as a file in the test folder and returns its path. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The derivative lesson as a teacher's file, with one change. */
function derivativeWith(change: (l: Lesson) => void): string {
  const l = structuredClone(lessonById('derivative')) as Lesson;
  change(l);
  return JSON.stringify(l, null, 2);
}

describe('descenso lesson list', () => {
  it('lesson list names each lesson with its tutorial and title in the user’s language', async () => {
    const en = await cli(['lesson', 'list']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^id\s+tutorial\s+title\n/);
    expect(en.stdout).toMatch(/derivative\s+002\s+The derivative and the sign of the slope/);
    const es = await cli(['lesson', 'list'], { lang: 'es' });
    expect(es.stdout).toMatch(/peaks\s+000\s+Descenso del gradiente sobre peaks/);
  });

  it('lesson list --json gives id, tutorial, title and summary in both languages', async () => {
    const out = await cli(['lesson', 'list', '--json']);
    const list = JSON.parse(out.stdout);
    expect(list[0]).toMatchObject({ id: 'derivative', tutorial: '002', title: { es: expect.any(String) } });
    expect(list[1].summary.en).toContain('Keras');
  });
});

describe('descenso lesson ID', () => {
  it('lesson derivative prints its steps, each number ✓ beside the live one, questions with answers and slips', async () => {
    const out = await cli(['lesson', 'derivative']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('## Step 1 of 5: A slope measured with a subtraction');
    expect(out.stdout).toContain(
      '✓ f′(−1), forward difference, h = 10⁻⁴: printed -6.999800000002665, live -6.999800000002665',
    );
    expect(out.stdout).toContain('Answer: b) Near 1/2, where 6x − 3 = 0');
    expect(out.stdout).toContain("The tutorial's slip: The tutorial’s text derives dy/dx = 12x − 3");
    expect(out.stdout).toContain('# all 7 numbers match the live runs');
    expect(out.stdout).not.toContain('✗');
  });

  it('lesson peaks in Spanish says so in Spanish, with the Keras numbers within their tolerance', async () => {
    const out = await cli(['lesson', 'peaks'], { lang: 'es' });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('## Paso 3 de 4: El mismo camino con el SGD de Keras');
    expect(out.stdout).toContain('✓ w₀ tras el paso 1 (Keras): impreso -0.269319, en vivo -0.26931897');
    expect(out.stdout).toContain('# los 22 números coinciden con las ejecuciones en vivo');
  });

  it('lesson peaks --json prints the lesson file itself, which lesson check accepts', async () => {
    const out = await cli(['lesson', 'peaks', '--json']);
    expect(JSON.parse(out.stdout)).toEqual(lessonById('peaks'));
    const checked = await cli(['lesson', 'check', file('peaks.json', out.stdout)]);
    expect(checked.code).toBe(0);
  });

  it('lesson derivate (a typo) is one line naming the lessons, with a suggestion, exit 2', async () => {
    const out = await cli(['lesson', 'derivate']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      "no lesson named 'derivate' (did you mean 'derivative'?) (lessons: derivative, peaks",
    );
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lesson peaks extra.json is refused: only check takes a file', async () => {
    const out = await cli(['lesson', 'peaks', 'extra.json']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("unexpected argument 'extra.json'");
  });
});

describe('descenso lesson check FILE', () => {
  it('lesson check (a good file) lists each number with ✓ and exits 0', async () => {
    const out = await cli([
      'lesson',
      'check',
      file(
        'good.json',
        derivativeWith(() => {}),
      ),
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      '5. ✓ c after 250 steps: printed -11.50000000000003, live -11.50000000000003',
    );
  });

  it('lesson check (a number off in its last digit) marks it ✗ and exits 1', async () => {
    const text = derivativeWith((l) => {
      l.steps[1].numbers![0].printed = '5.000200000004896';
    });
    const out = await cli(['lesson', 'check', file('off.json', text)]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      '2. ✗ f′(2), forward difference, h = 10⁻⁴: printed 5.000200000004896, live 5.000200000004895',
    );
    expect(out.stdout).toContain('# 1 of 7 numbers do not match the live runs');
  });

  it('lesson check (a path that leads nowhere) says why, and exits 1', async () => {
    const text = derivativeWith((l) => {
      l.steps[0].numbers![0].path = 'at.backward';
    });
    const out = await cli(['lesson', 'check', file('path.json', text), '--json'], { lang: 'es' });
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout);
    expect(json.matches).toBe(false);
    expect(json.numbers[0]).toMatchObject({
      live: null,
      error: { es: expect.stringContaining('no hay nada en backward') },
    });
  });

  it('lesson check (a schema fault) is one line in the user’s language naming the path, exit 2', async () => {
    const text = derivativeWith((l) => {
      l.steps[2].question!.answer = 3;
    });
    const out = await cli(['lesson', 'check', file('answer.json', text)], { lang: 'es' });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('lección no válida en lesson.steps[2].question.answer');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lesson check with no file asks for one, exit 2', async () => {
    const out = await cli(['lesson', 'check']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("'lesson check' needs a lesson file");
  });
});

describe('descenso lesson as a process', () => {
  it('lesson check (not JSON) prints one line on stderr and exits 2', async () => {
    const bad = file('bad.json', '{ "id": "x", }');
    const ended = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'bin.ts'), 'lesson', 'check', bad],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => void (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => void (stderr += s));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
    expect(ended.code).toBe(2);
    expect(ended.stdout).toBe('');
    expect(ended.stderr.trim().split('\n')).toHaveLength(1);
    expect(ended.stderr).toContain('the lesson is not valid JSON: syntax error at line 1, column 12');
  });
});
