import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../src/experiment/index.js';
import { runSweep } from '../../../src/sweep/sweep.js';
import type { SweepStudy } from '../../../src/sweep/types.js';
import { createStudyWork, type StudyWorkerLike } from '../work/study-client.js';
import { handleStudy, type StudyRequest } from '../work/study-protocol.js';
import { preset } from './presets.js';
import { createStudyStore } from './store.js';

/** A worker in this process: requests answered a macrotask later, a newer one stopping an older one. */
function inProcess(): StudyWorkerLike {
  let latest = 0;
  const w: StudyWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(req: StudyRequest) {
      latest = Math.max(latest, req.id);
      if (req.type === 'cancel') return;
      setTimeout(
        () =>
          void handleStudy(
            req,
            (a) => setTimeout(() => w.onmessage?.({ data: a }), 0),
            () => req.id < latest,
          ),
        0,
      );
    },
    terminate() {},
  };
  return w;
}

const small: SweepStudy = {
  ...preset('phase'),
  vary: [
    { option: 'lr', from: 0.01, to: 0.1, scale: 'lin', count: 3 },
    { option: 'momentum', from: 0, to: 0.9, scale: 'lin', count: 2 },
  ],
};

function storeWith(study: SweepStudy, opened: Experiment[] = []) {
  return createStudyStore(study, {
    notify: () => {},
    open: (e) => opened.push(e),
    work: createStudyWork(inProcess),
  });
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 2000 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('createStudyStore', () => {
  it('runs its study at once and ends with runSweep’s rows and best', async () => {
    const store = storeWith(small);
    expect(store.state.value).toBe('running');
    await until(() => store.state.value === 'done');
    const whole = runSweep(small);
    expect(store.table.value.rows).toEqual(whole.runs);
    expect(store.best.value).toEqual(whole.best);
    expect(store.result.value?.best).toEqual(whole.best);
    store.dispose();
  });

  it('cancel() stops the study where it is; an edit runs the new study', async () => {
    const store = storeWith(preset('phase'));
    await until(() => store.table.value.filled > 0);
    store.cancel();
    const stopped = store.table.value.filled;
    expect(store.state.value).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 50));
    expect(store.table.value.filled).toBe(stopped);
    expect(stopped).toBeLessThan(400);
    store.setVary(0, { count: 2 });
    store.setVary(1, { count: 2 });
    await until(() => store.state.value === 'done');
    expect(store.table.value.filled).toBe(4);
    store.dispose();
  });

  it('a study that cannot run says why and sends nothing', () => {
    const store = storeWith(small);
    store.setVary(0, { scale: 'log', from: 0 });
    expect(store.problem.value).toMatch(/lr/);
    expect(store.state.value).toBe('idle');
    store.setVary(0, { scale: 'lin' });
    store.toggleOptimizer('adam', true);
    // adam has no momentum: every one of its runs would be an error
    expect(store.problem.value).toBe('adam does not take momentum: untick it or vary another option');
    store.toggleOptimizer('adam', false);
    store.toggleOptimizer('sgd', false);
    expect(store.study.value.base.optimizers).toEqual([]);
    store.dispose();
  });

  it('openRow(i) opens that row’s single run: the base with its optimizer and options only', async () => {
    const opened: Experiment[] = [];
    const store = storeWith(small, opened);
    await until(() => store.state.value === 'done');
    // row 3: lr index 1 (0.055), momentum index 1 (0.9)
    store.openRow(3);
    expect(opened).toEqual([
      { ...small.base, optimizers: [{ name: 'sgd', options: { lr: 0.055, momentum: 0.9 } }] },
    ]);
    store.dispose();
  });

  it('addVary() adds a second option the optimizers take, with its own range; removeVary keeps at least one', () => {
    const store = storeWith(preset('peaks'));
    store.addVary();
    expect(store.study.value.vary.map((v) => v.option)).toEqual(['lr', 'momentum']);
    store.removeVary(0);
    store.removeVary(0);
    expect(store.study.value.vary.map((v) => v.option)).toEqual(['momentum']);
    store.cancel();
    store.dispose();
  });
});

describe('the study lab’s metric', () => {
  // gd-armijo on himmelblau over lr: ranked by steps the best is lr 0.457, by evaluations 0.05 (the CLI's --rank)
  const searching: SweepStudy = {
    kind: 'sweep',
    version: 2,
    base: {
      kind: 'descend',
      version: 2,
      surface: 'himmelblau',
      steps: 200,
      stop: { gradNorm: 1e-6 },
      optimizers: [{ name: 'gd-armijo' }],
    },
    vary: [{ option: 'lr', from: 0.05, to: 2, scale: 'log', count: 8 }],
  } as SweepStudy;

  it('setMetric keeps the metric in the study’s view and, for evaluations, ranks by them — without running again', async () => {
    const store = storeWith(searching);
    await until(() => store.state.value === 'done');
    const rows = store.table.value.rows;
    const byRun = runSweep(searching);
    expect(store.best.value['gd-armijo']).toEqual(byRun.best['gd-armijo']);
    store.setMetric('evaluations');
    expect(store.metric.value).toBe('evaluations');
    expect(store.study.value.view?.metric).toBe('evaluations');
    expect(store.study.value.rank).toBe('evaluations');
    // the rows are the same objects: nothing ran again
    expect(store.state.value).toBe('done');
    expect(store.table.value.rows).toBe(rows);
    const byEvaluations = runSweep({ ...searching, rank: 'evaluations' }).best['gd-armijo'];
    expect(store.best.value['gd-armijo']).toEqual(byEvaluations);
    // the two rankings pick different settings here, so the switch is seen
    expect(byEvaluations.options).not.toEqual(byRun.best['gd-armijo'].options);
    store.setMetric('final');
    expect(store.study.value.view?.metric).toBe('final');
    store.setMetric('steps');
    expect(store.study.value.view).toBeUndefined();
    expect(store.study.value.rank).toBeUndefined();
    expect(store.metric.value).toBe('steps');
    expect(store.table.value.rows).toBe(rows);
    store.dispose();
  });

  it('opens on the metric a study’s view names, and a study ranked by evaluations shows them', () => {
    const a = storeWith({ ...searching, view: { metric: 'diverged' } });
    expect(a.metric.value).toBe('diverged');
    const b = storeWith({ ...searching, rank: 'evaluations' });
    expect(b.metric.value).toBe('evaluations');
    a.dispose();
    b.dispose();
  });
});
