import { describe, expect, it } from 'vitest';
import { jaxExerciseTutorial } from '../../cli/tutorial-exercise.js';
import { run } from '../../experiment/index.js';
import type { Experiment, FitRunSet, Run, SweepRunSet } from '../../experiment/types.js';
import { gradientTape } from '../../tutorials/gradient-tape.js';
import { jaxRegression } from '../../tutorials/jax-regression.js';
import { numpyAutograd } from '../../tutorials/numpy-autograd.js';
import { checkLesson, lessonById, lessons } from '../index.js';
import { lessonNumber } from '../number.js';
import { parseLesson } from '../schema.js';
import type { Lesson, LessonNumber, LessonStep } from '../types.js';
import { lesson as gradientTapeLesson } from './gradient-tape.js';
import { lesson as jaxLesson } from './jax-regression.js';
import { lesson as numpyLesson } from './numpy-autograd.js';

const LESSONS = [numpyLesson, gradientTapeLesson, jaxLesson];

/** Each step with the experiment it shows (a step without one keeps the previous step's) and its Run. */
function walk(lesson: Lesson): { step: LessonStep; experiment: Experiment; run: Run }[] {
  const out: { step: LessonStep; experiment: Experiment; run: Run }[] = [];
  for (const step of lesson.steps) {
    const prev = out.at(-1);
    const experiment = step.experiment ?? prev?.experiment;
    if (!experiment) throw new Error(`${lesson.id}: the first step has no experiment`);
    const same = prev && experiment === prev.experiment;
    out.push({ step, experiment, run: same ? prev.run : run(experiment) });
  }
  return out;
}
const WALKS = new Map(LESSONS.map((l) => [l.id, walk(l)]));
const walked = (l: Lesson) => WALKS.get(l.id)!;
const fitRun = (l: Lesson, step: number) => walked(l)[step].run as FitRunSet;

/** The lines a tutorial function prints. */
function linesOf(fn: (print: (line: string) => void) => unknown): string[] {
  const lines: string[] = [];
  fn((text) => lines.push(...text.split('\n')));
  return lines;
}

/** The numbers of every step, with the step's index and experiment. */
const numbersOf = (l: Lesson) =>
  walked(l).flatMap(({ step, experiment }, i) => (step.numbers ?? []).map((n) => ({ n, i, experiment })));

const lrOf = (e: Experiment) => (e.kind === 'fit' ? e.optimizers[0].options?.lr : undefined);
const pathIndex = (n: LessonNumber, re: RegExp) => Number(re.exec(n.path)?.[1]);

describe('the three regression lessons', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))(
    'lesson %s has 4–8 steps, an experiment first, a predict-then-run question and a slip',
    (_id, l) => {
      expect(l.steps.length).toBeGreaterThanOrEqual(4);
      expect(l.steps.length).toBeLessThanOrEqual(8);
      expect(l.steps[0].experiment).toBeDefined();
      expect(l.steps.some((s) => s.question)).toBe(true);
      expect(l.steps.some((s) => s.slip)).toBe(true);
      for (const s of l.steps) {
        const q = s.question;
        if (q) expect(q.answer).toBeLessThan(q.choices.length);
      }
    },
  );

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    'parseLesson(lesson %s as JSON) gives the lesson back',
    (_id, l) => {
      expect(parseLesson(JSON.parse(JSON.stringify(l)))).toEqual(l);
    },
  );

  it("the catalog lists them after derivative and peaks, in the tutorials' order, and checkLesson finds every number", () => {
    expect(lessons.map((l) => l.id)).toEqual([
      'derivative',
      'peaks',
      'numpy-autograd',
      'gradient-tape',
      'jax-regression',
    ]);
    for (const l of LESSONS) {
      expect(lessonById(l.id)).toBe(l);
      expect(checkLesson(l).rows.filter((r) => !r.matches)).toEqual([]);
    }
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('every number of lesson %s matches live', (_id, l) => {
    const numbers = walked(l).flatMap(({ step, run: r }) => (step.numbers ?? []).map((n) => ({ n, r })));
    expect(numbers.length).toBeGreaterThan(0);
    for (const { n, r } of numbers) {
      const live = lessonNumber(r, n);
      expect({ path: n.path, text: live.text, matches: live.matches }).toEqual({
        path: n.path,
        text: live.text,
        matches: true,
      });
    }
  });
});

describe('lesson numpy-autograd', () => {
  const printed = linesOf((p) => numpyAutograd(p));
  const blank = printed.indexOf('');
  const parts = { numpy: printed.slice(0, blank), torch: printed.slice(blank + 1) };

  it("prints numpyAutograd()'s lines: w after epoch K, the loss before it, f(5) = 5·w", () => {
    for (const { n, experiment } of numbersOf(numpyLesson)) {
      // lr 0.04 is the hand-written part (its gradient is 4× the mean's); the rest is autograd's
      const part = lrOf(experiment) === 0.04 ? parts.numpy : parts.torch;
      const k = pathIndex(n, /history\.(\d+)\./);
      const f5 = `f(5) = ${(5 * Number(n.printed)).toFixed(3)}`;
      if (n.path.endsWith('history.0.params.w')) expect(part[0]).toBe(`Prediccion antes de entrenar: ${f5}`);
      else if (n.path.endsWith('.params.w') && Number.isFinite(k))
        expect(part).toContainEqual(expect.stringMatching(new RegExp(`^epoch ${k}: w = ${n.printed},`)));
      else if (n.path.endsWith('.loss'))
        expect(part).toContainEqual(
          expect.stringMatching(new RegExp(`^epoch ${k + 1}: .* loss = ${n.printed}$`)),
        );
      else expect(part.at(-1)).toBe(`Prediccion despues del entrenamiento: ${f5}`);
    }
  });

  it("the fit at lr 0.04 with the mean's gradient is the tutorial's hand-written part 1, w for w", () => {
    const hand = numpyAutograd(() => {}).numpy;
    const h = fitRun(numpyLesson, 2).runs[0].history;
    expect(h.slice(1).map((e) => e.params!.w)).toEqual(hand.w);
    expect(h.slice(0, 20).map((e) => e.loss)).toEqual(hand.loss);
  });

  it('after one epoch the stochastic run is the closest to w = 2 (the regimes question)', () => {
    const q = numpyLesson.steps[3].question!;
    const w1 = fitRun(numpyLesson, 3).runs.map((o) => [o.regime, o.history[1].params!.w as number] as const);
    const closest = w1.reduce((a, b) => (Math.abs(2 - b[1]) < Math.abs(2 - a[1]) ? b : a));
    expect(closest[0]).toBe('sgd');
    expect(q.choices[q.answer].en).toBe('Stochastic');
    expect(w1.map(([, w]) => w.toFixed(3))).toEqual(['0.300', '0.995', '0.575']);
  });

  it('at an effective lr of 0.16 the fit diverges (the hand-written gradient at lr 0.04)', () => {
    expect(fitRun(numpyLesson, 4).runs[0].status).toBe('diverged');
  });
});

describe('lesson gradient-tape', () => {
  const printed = linesOf((p) => gradientTape(p));

  it("prints gradientTape()'s lines: Epoch: e, Loss: the loss before epoch e's step", () => {
    for (const { n } of numbersOf(gradientTapeLesson)) {
      const e = pathIndex(n, /history\.(\d+)\.loss$/);
      expect(printed).toContain(`Epoch: ${e}, Loss: ${n.printed}`);
    }
  });

  it('SSE at lr 0.001 and MSE at lr 0.2 take the same path to float32 rounding and end at the same a, b (the sum-or-mean step)', () => {
    const sse = fitRun(gradientTapeLesson, 0).runs[0];
    const mse = fitRun(gradientTapeLesson, 2).runs[0];
    // float32 rounds the two losses' steps differently on the way (×200 and ÷200 are not exact)
    const gap = sse.history.map((h, e) =>
      Math.max(
        ...['a', 'b'].map((k) => Math.abs((h.params![k] as number) - (mse.history[e].params![k] as number))),
      ),
    );
    expect(Math.max(...gap)).toBeLessThan(1e-6);
    expect(mse.params).toEqual(sse.params);
  });

  it('after epoch 70 b is 0.443 and by epoch 250 a, b settle at 0.332, 0.476 (the saturation reveal)', () => {
    const h = fitRun(gradientTapeLesson, 3).runs[0].history;
    const ab = (e: number) => [h[e].params!.a, h[e].params!.b].map((v) => (v as number).toFixed(3));
    expect(ab(70)).toEqual(['0.349', '0.443']);
    expect(ab(250)).toEqual(['0.332', '0.476']);
    expect(h[300].loss.toFixed(2)).toBe('16.81');
  });
});

describe('lesson jax-regression', () => {
  const printed = linesOf((p) => jaxRegression({ print: p }));
  // What `descenso tutorial jax-exercise` prints in English, and the answer it prints from (one sweep of 100 rates).
  const exercise: string[] = [];
  const answer = jaxExerciseTutorial((line) => exercise.push(line), 'en').answer;

  it("prints jaxRegression()'s lines: the initial condition, Iteración K − 1 for history K, the last W1", () => {
    const fit = numbersOf(jaxLesson).filter(({ experiment }) => experiment.kind === 'fit');
    expect(fit.length).toBeGreaterThan(0);
    for (const { n } of fit) {
      const k = pathIndex(n, /history\.(\d+)\./);
      if (k === 0) expect(printed).toContain(`Condición Inicial: Pérdida: ${n.printed}, Parámetro: 10.0`);
      else if (n.path.endsWith('.loss'))
        expect(printed).toContainEqual(expect.stringMatching(`^Iteración ${k - 1}: Pérdida: ${n.printed},`));
      else if (Number.isFinite(k))
        expect(printed).toContainEqual(
          expect.stringMatching(`^Iteración ${k - 1}: .* Parámetro: ${n.printed}$`),
        );
      else expect(printed.at(-1)).toBe(n.printed);
    }
  });

  it("prints `descenso tutorial jax-exercise`'s best lr, its epochs, lr 0.72's epochs and lr 0.74's loss", () => {
    const text = exercise.join('\n');
    const sweeps = walked(jaxLesson).filter(({ experiment }) => experiment.kind === 'sweep');
    const [best, edge] = sweeps.map(({ step, run: r }) => ({ step, r: r as SweepRunSet }));
    const [lr, epochs] = best.step.numbers!.map((n) => n.printed);
    expect(text).toContain(`best sgd: lr=${lr} (${epochs} epochs)`);
    const [slow, grows] = edge.step.numbers!;
    // the text names the window's best (the study lab's star)
    expect(edge.r.best.sgd.options).toEqual({ lr: 0.7 });
    const at = (n: LessonNumber) => edge.r.runs[pathIndex(n, /runs\.(\d+)\./)].options.lr;
    expect(text).toMatch(
      new RegExp(`${at(slow)} still converges \\(factor [-.\\d]+, ${slow.printed} epochs\\)`),
    );
    expect(text).toContain(`from ${at(grows)} on`);
    expect(text).toContain(`(${grows.printed} after 500 epochs`);
  });

  it("the sweep windows' rows are the exercise's own rows (same lr, status, epochs, final)", () => {
    const full = answer.result.runs;
    for (const { run: r } of walked(jaxLesson).filter(({ experiment }) => experiment.kind === 'sweep'))
      for (const row of (r as SweepRunSet).runs)
        expect(full.find((f) => f.options.lr === row.options.lr)).toEqual(row);
  });

  it("the exercise's theory in the text is jaxExercise()'s: λ = 2.721, 2/λ_max = 0.7351, 1/λ = 0.3676", () => {
    const a = answer;
    const text = jaxLesson.steps.map(
      (s) => `${s.text.es} ${s.text.en} ${s.question?.reveal.es} ${s.question?.reveal.en}`,
    );
    const all = text.join(' ');
    for (const v of [a.lambdaMax.toFixed(3), a.stableBelow.toFixed(4), a.fastest.toFixed(4)]) {
      expect(all.split(v).length - 1).toBeGreaterThanOrEqual(2); // in both languages
    }
    expect(a.best).toEqual({ lr: 0.37, epochs: 4 });
    // the reveal's count for the tutorial's own rate
    expect(a.result.runs.find((r) => r.options.lr === 0.01)?.stepsToTol).toBe(364);
  });

  it('float32 lands on JAX’s W1 = 4.962451457977295 and float64 on NumPy’s, as the precision step says', () => {
    const [f32, f64] = [fitRun(jaxLesson, 0), fitRun(jaxLesson, 2)].map((r) => r.runs[0]);
    expect(f32.params.w).toBe(4.962451457977295);
    expect(String(f64.params.w)).toBe(printed.at(-1));
    expect((Number('38.407744806265676') - f64.history[0].loss).toExponential(1)).toBe('1.4e-14');
    expect(jaxLesson.steps[2].text.en).toContain('4.962451457977295');
  });

  it('on the cubic data the line ends at w ≈ −0.35 (loss 4.5) and the cubic at c₁ ≈ −4.04, c₃ ≈ 1.51 (loss 0.97)', () => {
    const line = fitRun(jaxLesson, 4).runs[0];
    expect([(line.params.w as number).toFixed(2), line.history.at(-1)!.loss.toFixed(1)]).toEqual([
      '-0.35',
      '4.5',
    ]);
    const cubic = fitRun(jaxLesson, 5).runs[0];
    const { c1, c3 } = cubic.params as Record<string, number>;
    expect([c1.toFixed(2), c3.toFixed(2), cubic.history.at(-1)!.loss.toFixed(2)]).toEqual([
      '-4.04',
      '1.51',
      '0.97',
    ]);
  });

  it('the cubic model diverges at lr 0.1 and not at 0.09 (its 2/λ_max ≈ 0.092)', () => {
    const base = jaxLesson.steps[5].experiment!;
    const status = (lr: number) =>
      (run({ ...base, optimizers: [{ name: 'sgd', options: { lr } }] } as Experiment) as FitRunSet).runs[0]
        .status;
    expect([status(0.09), status(0.1)]).toEqual(['max-steps', 'diverged']);
  });
});
