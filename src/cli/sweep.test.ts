import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

/** The JSON a command printed, checked to have exited 0 first. */
async function json(args: string[]) {
  const r = await cli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

type Row = {
  optimizer: string;
  options: Record<string, number>;
  status: string;
  stepsToTol: number | null;
  final: number | null;
};

const PEAKS = ['--surface', 'peaks', '--from=-0.35,-0.67', '--steps', '500', '--tol', '1e-6'];
const SEED_004 = [
  '--data',
  'linear',
  '--slope',
  '5',
  '--noise',
  '2',
  '--seed',
  '22',
  '--model',
  'linear',
  '--init',
  'w=10',
];

describe('descenso sweep', () => {
  it('sweep --surface peaks --optimizer sgd,adam --vary lr=0.001:1:log:13 prints the JSON of the issue', async () => {
    const out = await json([
      'sweep',
      ...PEAKS,
      '--optimizer',
      'sgd,adam',
      '--vary',
      'lr=0.001:1:log:13',
      '--format',
      'json',
    ]);
    expect(Object.keys(out)).toEqual(['version', 'experiment', 'runs', 'best']);
    expect(out.runs).toHaveLength(26);
    expect(Object.keys(out.runs[0])).toEqual(['optimizer', 'options', 'status', 'stepsToTol', 'final']);
    expect(out.runs.slice(0, 13).map((r: Row) => r.options.lr)).toEqual([
      0.001, 0.00177827941004, 0.00316227766017, 0.0056234132519, 0.01, 0.0177827941004, 0.0316227766017,
      0.056234132519, 0.1, 0.177827941004, 0.316227766017, 0.56234132519, 1,
    ]);
    expect(Object.keys(out.best)).toEqual(['sgd', 'adam']);
    expect(out.experiment.vary).toEqual([{ option: 'lr', from: 0.001, to: 1, scale: 'log', count: 13 }]);
  });

  it('a row of sweep on peaks equals descend with the row options and the same --tol, for every row', async () => {
    const out = await json([
      'sweep',
      ...PEAKS,
      '--optimizer',
      'sgd,adam',
      '--vary',
      'lr=0.001:1:log:5',
      '--format',
      'json',
    ]);
    for (const row of out.runs as Row[]) {
      const single = await json([
        'descend',
        ...PEAKS,
        '--optimizer',
        row.optimizer,
        '--lr',
        String(row.options.lr),
        '--format',
        'json',
      ]);
      const r = single.runs[0];
      expect([row.status, row.stepsToTol, row.final]).toEqual([
        r.status,
        r.status === 'converged' ? r.steps : null,
        r.values[r.values.length - 1],
      ]);
    }
  });

  it('sweep --data linear … --vary lr=0.01:1:lin:100 answers seed 004: lr 0.4 in 6 epochs, 0.8 diverges', async () => {
    const out = await json([
      'sweep',
      ...SEED_004,
      '--optimizer',
      'sgd',
      '--vary',
      'lr=0.01:1:lin:100',
      '--epochs',
      '500',
      '--tol',
      '1e-9',
      '--format',
      'json',
    ]);
    const at = (lr: number) => (out.runs as Row[]).find((r) => r.options.lr === lr) as Row;
    // The numbers the issue found with a shell loop over `fit --tol`.
    expect([0.01, 0.1, 0.3, 0.4, 0.5, 0.7].map((lr) => at(lr).stepsToTol)).toEqual([364, 36, 8, 6, 13, 107]);
    expect(at(0.8).status).toBe('diverged');
    expect(out.best.sgd).toEqual({ options: { lr: 0.37 }, stepsToTol: 4 });
  });

  it('a row of a fit sweep equals fit with the row options: same status, epochs and final loss', async () => {
    const out = await json([
      'sweep',
      ...SEED_004,
      '--vary',
      'lr=0.3:0.5:lin:3',
      '--epochs',
      '500',
      '--tol',
      '1e-9',
      '--format',
      'json',
    ]);
    for (const row of out.runs as Row[]) {
      const single = await json([
        'fit',
        ...SEED_004,
        '--lr',
        String(row.options.lr),
        '--epochs',
        '500',
        '--tol',
        '1e-9',
        '--format',
        'json',
      ]);
      const r = single.runs[0];
      const last = r.history[r.history.length - 1];
      expect([row.status, row.stepsToTol, row.final]).toEqual([
        r.status,
        r.status === 'converged' ? last.epoch : null,
        last.loss,
      ]);
    }
  });

  it('sweep --vary lr … --vary momentum … --plot phase.svg draws the phase diagram with diverged cells and the best', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    const r = await cli(
      [
        'sweep',
        '--surface',
        'bowl-elongated',
        '--optimizer',
        'sgd',
        '--vary',
        'lr=0.001:0.2:lin:20',
        '--vary',
        'momentum=0:0.95:lin:20',
        '--steps',
        '300',
        '--tol',
        '1e-6',
        '--plot',
        'phase.svg',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/best sgd: lr=0\.105736842105, momentum=0\.3 \(25 steps\)/);
    const svg = readFileSync(join(dir, 'phase.svg'), 'utf8');
    expect(svg.match(/<rect [^>]*fill="#3b3b3b"/g)?.length).toBeGreaterThan(40);
    expect(svg).toContain('momentum');
  });

  it('sweep --format csv writes one line per run in the study order', async () => {
    const r = await cli(['sweep', ...PEAKS, '--vary', 'lr=0.01:0.03:lin:3', '--format', 'csv']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'optimizer,lr,regime,status,stepsToTol,final,divergedAt',
      expect.stringMatching(/^sgd,0\.01,,converged,78,-6\.55113333283\d+,$/),
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('sweep table in Spanish ranks the runs and names the best', async () => {
    const r = await cli(['sweep', ...PEAKS, '--vary', 'lr=0.01:0.03:lin:3'], { lang: 'es' });
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^optimizador\s+lr\s+estado\s+pasos hasta tol\s+final$/);
    expect(lines[1]).toMatch(/^sgd\s+0\.03\s+converged\s+23\s/);
    expect(lines.at(-1)).toBe('mejor sgd: lr=0.03 (23 pasos)');
  });

  it.each([
    [['--vary', 'lr=0.1:1'], 'sweep-bad-vary', /--vary expects option=from:to:lin\|log:count/],
    [['--vary', 'lr=0:1:log:5'], 'sweep-vary-range', /log range needs from and to > 0/],
    [['--vary', 'lerning-rate=0.1:1:lin:5'], '', /unknown option 'lerning-rate'/],
    [['--vary', 'lr=0.1:1:lin:5', '--lr', '0.1'], '', /--lr is both fixed and varied/],
    [[], '', /--vary can be given once or twice/],
    [['--vary', 'lr=0.1:1:lin:5', '--vary', 'lr=0.1:1:lin:5'], '', /--vary lr is given twice/],
    [
      ['--vary', 'lr=0.001:1:lin:1000', '--vary', 'momentum=0:0.9:lin:1000'],
      '',
      /1000000 runs, more than the limit/,
    ],
  ])('sweep %j says what is wrong in one line and exits 2', async (args, _code, message) => {
    const r = await cli(['sweep', '--surface', 'peaks', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('sweep --vary momentum on adam gives each row its error as data, and no best', async () => {
    const out = await json([
      'sweep',
      '--surface',
      'peaks',
      '--optimizer',
      'adam',
      '--vary',
      'momentum=0:0.9:lin:2',
      '--format',
      'json',
    ]);
    expect(out.runs.map((r: Row) => r.status)).toEqual(['error', 'error']);
    expect(out.runs[0].error.code).toBe('optim-unknown-option');
    expect(out.best).toEqual({ adam: { options: null, stepsToTol: null } });
  });

  it('sweep --rank evaluations shows f · ∇f to the tolerance and names the cheapest setting; a bad --rank is one line', async () => {
    const args = [
      'sweep',
      '--surface',
      'himmelblau',
      '--optimizer',
      'gd-armijo',
      '--vary',
      'lr=0.05:2:log:6',
      '--steps',
      '3000',
      '--tol',
      '1e-6',
    ];
    const r = await cli([...args, '--rank', 'evaluations']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('f · ∇f to tol');
    expect(r.stdout).toMatch(/best gd-armijo: lr=0\.05 \(24 steps; f · ∇f 50 · 25\)/);
    const bad = await cli([...args, '--rank', 'fastest'], { lang: 'es' });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--rank');
  });
});
