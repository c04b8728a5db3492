import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'descenso-fit-'));

/** Runs the CLI with a fake io in `dir`; returns the exit status and what it wrote. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: { LANG: 'en_US.UTF-8' },
    cwd: dir,
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

interface FitJson {
  params: Record<string, number | number[]>;
  history: { epoch: number; loss: number; params: Record<string, number | number[]> }[];
  status: string;
  divergedAt?: number;
  warnings?: { code: string; message: string }[];
}

// The one JSON shape of descend, fit and run (docs/json.md): a fit with one optimizer is runs[0].
const json = (text: string) => JSON.parse(text).runs[0] as FitJson;

describe('descenso fit', () => {
  it('fit --init w=10 --lr 0.01 --epochs 401 on the default (JAX tutorial) data ends at w ≈ 4.9624513', async () => {
    const r = await cli('fit', '--init', 'w=10', '--lr', '0.01', '--epochs', '401', '--format', 'json');
    expect(r.code).toBe(0);
    const run = json(r.stdout);
    expect(run.history).toHaveLength(402);
    expect(run.history[0]).toMatchObject({ epoch: 0, params: { w: 10 } });
    expect(run.history[0].loss).toBeCloseTo(38.407744806265676, 12);
    expect(run.params.w).toBeCloseTo(4.9624513, 7);
    expect(run.status).toBe('max-steps');
  });

  it('fit prints an aligned table of epoch, loss and parameters, every N-th epoch and the last', async () => {
    const r = await cli(
      'fit',
      '--model',
      'affine',
      '--data',
      'affine',
      '--lr',
      '0.5',
      '--epochs',
      '10',
      '--every',
      '5',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].trim().split(/\s+/)).toEqual(['epoch', 'mse', 'a', 'b']);
    expect(lines.slice(1, 4).map((l) => l.trim().split(/\s+/)[0])).toEqual(['0', '5', '10']);
    // right-aligned columns: every row as long as the header
    for (const l of lines.slice(0, 4)) expect(l.length).toBe(lines[0].length);
    expect(lines[4]).toBe('status: 10 epochs (maximum reached)');
  });

  it('fit --format json has epochs + 1 history entries with the loss on the whole data set', async () => {
    const r = await cli(
      'fit',
      '--model',
      'poly:2',
      '--data',
      'poly',
      '--epochs',
      '20',
      '--optimizer',
      'adam',
      '--lr',
      '0.1',
      '--format',
      'json',
    );
    const run = json(r.stdout);
    expect(run.history).toHaveLength(21);
    expect(Object.keys(run.params)).toEqual(['c0', 'c1', 'c2']);
    expect(run.history[20].loss).toBeLessThan(run.history[0].loss);
  });

  it('fit --regime minibatch with the same --seed gives the same run twice', async () => {
    const args = [
      'fit',
      '--model',
      'affine',
      '--regime',
      'minibatch',
      '--batch-size',
      '8',
      '--epochs',
      '3',
      '--seed',
      '5',
      '--format',
      'json',
    ];
    const a = await cli(...args);
    const b = await cli(...args);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('fit --dtype float32 reports float32 losses', async () => {
    const run = json(
      (await cli('fit', '--dtype', 'float32', '--epochs', '5', '--lr', '0.01', '--format', 'json')).stdout,
    );
    for (const h of run.history) expect(Math.fround(h.loss)).toBe(h.loss);
  });

  it('fit --model logistic on blobs learns to separate the two classes (bce by default)', async () => {
    const r = await cli(
      'fit',
      '--data',
      'blobs',
      '--model',
      'logistic',
      '--lr',
      '0.5',
      '--epochs',
      '100',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const run = json(r.stdout);
    expect((run as unknown as { loss: string }).loss).toBe('bce');
    expect(run.history[100].loss).toBeLessThan(run.history[0].loss / 2);
    expect(run.params.w as number[]).toHaveLength(2);
  });

  it('fit with too large a learning rate reports divergence with its epoch', async () => {
    const r = await cli('fit', '--model', 'affine', '--lr', '5', '--epochs', '200');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/status: diverged at epoch \d+/);
    expect(r.stdout).not.toMatch(/nan|inf/);
  });

  it('fit --data-file reads x and y from a CSV file', async () => {
    const rows = ['x,y', ...[0, 1, 2, 3, 4].map((x) => `${x},${2 * x + 1}`)];
    writeFileSync(join(dir, 'line.csv'), `${rows.join('\n')}\n`);
    const r = await cli(
      'fit',
      '--data-file',
      'line.csv',
      '--model',
      'affine',
      '--lr',
      '0.05',
      '--epochs',
      '2000',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const run = json(r.stdout);
    expect(run.params.a).toBeCloseTo(1, 4);
    expect(run.params.b).toBeCloseTo(2, 4);
  });

  it('fit --data-file with a bad field exits 2 naming the file and its line', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'x,y\n1,2\n2,abc\n');
    const r = await cli('fit', '--data-file', 'bad.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.csv');
    expect(r.stderr).toContain('line 3');
  });

  it('fit --data FILE.csv warns on stderr, in English, about a column of text it leaves out', async () => {
    writeFileSync(join(dir, 'named.csv'), 'city,x,y\nLeón,1,2\nVigo,2,4\nJaén,3,6\n');
    const r = await cli('fit', '--data', 'named.csv', '--epochs', '3', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: named.csv: the column "city" holds text and was left out (x and y come from the numeric columns)\n',
    );
    // x and y still come from the numeric columns, and stdout stays pure JSON.
    expect(json(r.stdout).history).toHaveLength(4);
    expect(json(r.stdout).history[0].loss).toBeCloseTo((4 + 16 + 36) / 3, 12);
  });

  it('fit --data-file names every text column in Spanish with --lang es, one line each', async () => {
    writeFileSync(join(dir, 'two.csv'), 'x,nota,y,ciudad\n1,bien,2,León\n2,mal,4,Vigo\n');
    const r = await cli('fit', '--data-file', 'two.csv', '--epochs', '1', '--lang', 'es');
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'aviso: two.csv: la columna "nota" contiene texto y se ha dejado fuera (x e y salen de las columnas numéricas)',
      'aviso: two.csv: la columna "ciudad" contiene texto y se ha dejado fuera (x e y salen de las columnas numéricas)',
    ]);
  });

  it('fit --data-file of numbers only writes nothing on stderr', async () => {
    writeFileSync(join(dir, 'plain.csv'), 'x,y\n1,2\n2,4\n');
    const r = await cli('fit', '--data-file', 'plain.csv', '--epochs', '1');
    expect(r.stderr).toBe('');
  });

  it('fit --data FILE.csv beside --data-file is a conflict (exit 2)', async () => {
    const r = await cli('fit', '--data', 'plain.csv', '--data-file', 'plain.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--data and --data-file');
  });

  it('fit --data-file with a missing file exits 2 naming it', async () => {
    const r = await cli('fit', '--data-file', 'nowhere.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.csv');
  });

  it('fit --init with a name the model does not have exits 2 naming it and the real ones', async () => {
    const r = await cli('fit', '--model', 'affine', '--init', 'w=10');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'w'");
    expect(r.stderr).toContain('a, b');
  });

  it.each([
    [['--model', 'cubic'], 'cubic'],
    [['--model', 'poly:x'], 'poly:x'],
    [['--loss', 'hinge'], '--loss'],
    [['--optimizer', 'adamm'], '--optimizer'],
    [['--regime', 'online'], '--regime'],
    [['--batch-size', '0'], '--batch-size'],
    [['--epochs', '-1'], '--epochs'],
    [['--dtype', 'float16'], '--dtype'],
    [['--lr', 'fast'], '--lr'],
    [['--init', 'w'], '--init'],
    [['--tol', '0'], '--tol'],
    [['--data-file', 'x.csv', '--points', '5'], '--points'],
    [['--data', 'blobs', '--model', 'linear'], '--model'],
    [['--format', 'yaml'], '--format'],
  ])('fit %j exits 2 naming %s', async (args, what) => {
    const r = await cli('fit', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(what);
  });

  it('fit --help lists the model forms and the optimizer flags', async () => {
    const r = await cli('fit', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--model');
    expect(r.stdout).toContain('mlp:H');
    expect(r.stdout).toContain('--momentum');
    expect(r.stdout).toContain('--data-file');
  });
});
