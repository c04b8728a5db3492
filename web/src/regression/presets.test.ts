import { describe, expect, it } from 'vitest';
import { cli } from '../../../src/cli/testing.js';
import { parseExperiment } from '../../../src/experiment/index.js';
import { fitWork } from '../work/fit-work.js';
import { PRESET_NAMES, PRESETS } from './presets.js';

/** The lines `descenso tutorial NAME` prints (its own comment lines left out). */
async function printed(name: string): Promise<string[]> {
  const r = await cli(['tutorial', name]);
  expect(r.code).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('#'));
}

/** The one run of a preset (as the lab computes it), optionally in another precision. */
function runOf(name: (typeof PRESET_NAMES)[number], dtype?: 'float64') {
  const w = fitWork(dtype ? { ...PRESETS[name], dtype } : PRESETS[name]);
  expect(w.error).toBeUndefined();
  return w.result!.runs[0];
}

describe('regression presets', () => {
  it.each(PRESET_NAMES)('PRESETS[%s] is an experiment the schema accepts as it is', (name) => {
    expect(parseExperiment(JSON.parse(JSON.stringify(PRESETS[name])))).toEqual(PRESETS[name]);
  });

  it('gradient-tape prints the loss of every epoch the CLI tutorial prints, to its two decimals', async () => {
    const lines = await printed('gradient-tape');
    const run = runOf('gradient-tape');
    // the tutorial prints the loss before each epoch's step: history entries 0 … 69
    const ours = run.history.slice(0, 70).map((h, e) => `Epoch: ${e}, Loss: ${h.loss.toFixed(2)}`);
    expect(ours).toEqual(lines);
  });

  it('jax-regression in float64 ends where the CLI tutorial ends: W1 = 4.962451345583043', async () => {
    const lines = await printed('jax-regression');
    expect(String(runOf('jax-regression', 'float64').params.w)).toBe(lines.at(-1));
  });

  it("jax-regression as preset (float32) ends at the seed's JAX digits, W1 = 4.962451457977295 (printed 4.9624515)", () => {
    expect(runOf('jax-regression').params.w).toBe(4.962451457977295);
  });

  it("numpy-autograd prints the CLI tutorial's part-2 lines: w and loss every 10 epochs, then f(5)", async () => {
    const lines = await printed('numpy-autograd');
    const part2 = lines.slice(lines.indexOf('') + 1);
    const run = runOf('numpy-autograd');
    const h = run.history;
    const f3 = (v: number) => v.toFixed(3);
    const ours = [`Prediccion antes de entrenar: f(5) = ${f3(5 * (h[0].params!.w as number))}`];
    // line k: w after epoch k+1, and the loss before that epoch's step
    for (let k = 0; k < 100; k += 10)
      ours.push(`epoch ${k + 1}: w = ${f3(h[k + 1].params!.w as number)}, loss = ${h[k].loss.toFixed(8)}`);
    ours.push(
      `Prediccion despues del entrenamiento: f(5) = ${f3(Math.fround(5 * (run.params.w as number)))}`,
    );
    expect(ours).toEqual(part2);
  });
});
