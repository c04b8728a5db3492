/**
 * A study saved by `sweep --save` or `basins --save` and re-run with `descenso run` prints the
 * same table, JSON and CSV as the command that saved it (in process, and once as a process);
 * a tampered study file gives one line naming the path.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'descenso-study-'));
const SWEEP = ['--surface', 'bowl-elongated', '--optimizer', 'sgd', '--vary', 'lr=0.01:0.2:lin:5', '--vary'];
const sweepArgs = [...SWEEP, 'momentum=0:0.9:lin:4', '--steps', '200', '--tol', '1e-6'];
const basinsArgs = [
  '--surface',
  'peaks',
  '--optimizer',
  'sgd,adam',
  '--lr',
  '0.03',
  '--grid',
  '8',
  '--steps',
  '80',
];

describe('studies saved and re-run', () => {
  for (const [command, args] of [
    ['sweep', sweepArgs],
    ['basins', basinsArgs],
  ] as const) {
    for (const format of ['table', 'json', 'csv']) {
      it(`${command} --save FILE then run FILE --format ${format} prints what ${command} printed`, async () => {
        const file = join(dir, `${command}-${format}.json`);
        const first = await cli([command, ...args, '--format', format, '--save', file]);
        expect(first.code).toBe(0);
        const again = await cli(['run', file, '--format', format]);
        expect(again).toEqual({ code: 0, stdout: first.stdout, stderr: '' });
        expect(JSON.parse(readFileSync(file, 'utf8')).kind).toBe(command);
      });
    }
  }

  it('run STUDY.json as a process prints the table of sweep as a process', () => {
    const file = join(dir, 'process.json');
    const bin = join(import.meta.dirname, 'bin.ts');
    const descenso = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      });
    const first = descenso(['sweep', ...sweepArgs, '--save', file]);
    const again = descenso(['run', file]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('mejor sgd');
    expect([again.status, again.stdout, again.stderr]).toEqual([0, first.stdout, '']);
  });

  it('run of a tampered study file says the path in one line, in both languages', async () => {
    const file = join(dir, 'tampered.json');
    await cli(['sweep', ...sweepArgs, '--save', file]);
    const study = JSON.parse(readFileSync(file, 'utf8'));
    study.vary[1].scale = 'exp';
    writeFileSync(file, JSON.stringify(study));
    for (const [lang, text] of [
      ['en', 'invalid experiment at experiment.vary[1].scale: expected one of lin, log'],
      ['es', 'experimento no válido en experiment.vary[1].scale'],
    ] as const) {
      const r = await cli(['run', file], { lang });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('run of a basins study whose base has a start names experiment.base.start', async () => {
    const file = join(dir, 'start.json');
    await cli(['basins', ...basinsArgs, '--save', file]);
    const study = JSON.parse(readFileSync(file, 'utf8'));
    study.base.start = [0, 0];
    writeFileSync(file, JSON.stringify(study));
    const r = await cli(['run', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^descenso: invalid experiment at experiment\.base\.start: unknown field/);
  });

  it('sweep --save to a name without .json is refused before anything runs', async () => {
    const r = await cli(['sweep', ...sweepArgs, '--save', join(dir, 'study.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
