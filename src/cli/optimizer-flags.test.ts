import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { optionTable } from '../optim/index.js';
import { addOptimizerFlags, optionFlagHelp, readOptimizerFlags } from './optimizer-flags.js';
import { cli } from './testing.js';

/** The long flags a command was given, in order. */
function flagsOf(cmd: Command): string[] {
  return cmd.options.map((o) => o.long ?? '');
}

describe('addOptimizerFlags', () => {
  it('adds exactly the option table’s flags, plus --convention and --lr-schedule after --lr', () => {
    const flags = flagsOf(addOptimizerFlags(new Command('x'), 'en'));
    const table = optionTable.map((r) => r.flag);
    expect(flags).toEqual([
      '--convention',
      ...table.flatMap((f) => (f === '--lr' ? [f, '--lr-schedule'] : [f])),
    ]);
  });

  it('takes a value for number rows and none for switches, as the table says', () => {
    const cmd = addOptimizerFlags(new Command('x'), 'en');
    for (const row of optionTable) {
      const o = cmd.options.find((x) => x.long === row.flag);
      expect(o?.required, row.flag).toBe(row.kind === 'number');
    }
  });

  it('describes each flag with its help, symbol and the optimizers that take it, in both languages', () => {
    const beta1 = optionTable.find((r) => r.key === 'beta1');
    if (!beta1) throw new Error('no beta1 row');
    expect(optionFlagHelp(beta1, 'en')).toMatch(
      /^decay of the first moment.* \(β₁, adam, adamw, adamax, nadam, lion\) \(default: /,
    );
    expect(optionFlagHelp(beta1, 'es')).toMatch(
      /^decaimiento del primer momento.*\(β₁, adam, .*\(por omisión: /,
    );
    const clip = optionTable.find((r) => r.key === 'clipNorm');
    if (!clip) throw new Error('no clipNorm row');
    expect(optionFlagHelp(clip, 'en')).toMatch(/\(c₂\) \(default: none, no clipping\)$/);
  });
});

describe('readOptimizerFlags', () => {
  it('reads only the flags given, by the table’s keys', () => {
    expect(readOptimizerFlags({ lr: '0.1', weightDecay: '0.01', clipNorm: '1', nesterov: true })).toEqual({
      options: { lr: 0.1, weightDecay: 0.01, clipNorm: 1, nesterov: true },
      convention: 'pytorch',
    });
  });

  it('makes lr a schedule with --lr-schedule, the --lr as its base', () => {
    const { options } = readOptimizerFlags({
      lr: '0.1',
      lrSchedule: 'step:stepSize=10,gamma=0.5',
      convention: 'keras',
    });
    expect(options.lr).toEqual({ kind: 'step', lr: 0.1, stepSize: 10, gamma: 0.5 });
  });

  it('refuses --lr-schedule without a base learning rate, naming the flag', () => {
    try {
      readOptimizerFlags({ lrSchedule: 'exponential:gamma=0.9' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DescensoError);
      expect((e as DescensoError).message).toMatch(/^--lr-schedule exponential needs a base learning rate/);
    }
  });
});

describe('the flags through descenso descend', () => {
  const json = async (args: string[]) => {
    const r = await cli(['descend', '--formula', 'x^2', '--from', '1', '--format', 'json', ...args]);
    expect(r.stderr).toBe('');
    // descend's JSON is the one shape of docs/json.md: the run of one optimizer is runs[0].
    return JSON.parse(r.stdout).runs[0] as { points: number[][] };
  };

  it('--lr 0.1 --lr-schedule exponential:gamma=0.5 on x² from 1 steps with lr_k = 0.1·0.5^k', async () => {
    // x ← x − lr_k·2x: 1 → 1 − 0.2 = 0.8 → 0.8 − 0.05·1.6 = 0.72 → 0.72 − 0.025·1.44 = 0.684
    const { points } = await json(['--lr', '0.1', '--lr-schedule', 'exponential:gamma=0.5', '--steps', '3']);
    expect(points.map((p) => p[0])).toEqual([1, 0.8, 0.72, 0.72 - 0.025 * 1.44]);
  });

  it('--clip-norm 0.5 on x² from 3 (gradient 6) steps by lr·0.5', async () => {
    const { points } = await json(['--from', '3', '--lr', '0.1', '--clip-norm', '0.5', '--steps', '1']);
    expect(points[1][0]).toBeCloseTo(3 - 0.05, 15);
  });

  it('--clip-value 2 on x² from 3 clips the gradient 6 to 2', async () => {
    const { points } = await json(['--from', '3', '--lr', '0.1', '--clip-value', '2', '--steps', '1']);
    expect(points[1][0]).toBeCloseTo(3 - 0.2, 15);
  });

  it('a bad --lr-schedule exits 2 with one line in the user’s language', async () => {
    const en = await cli(['descend', '--surface', 'peaks', '--lr', '0.1', '--lr-schedule', 'cosine:T=x']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('descenso: --lr-schedule cosine: T="x" is not a decimal number\n');
    const es = await cli(['descend', '--surface', 'peaks', '--lr-schedule', 'expo:gamma=0.9'], {
      lang: 'es',
    });
    expect(es.code).toBe(2);
    expect(es.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(es.stderr).toContain('planificación desconocida "expo"');
  });
});
