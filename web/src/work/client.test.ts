import { describe, expect, it } from 'vitest';
import type { DescendExperiment, FitExperiment } from '../../../src/experiment/index.js';
import { createWork, type WorkerLike } from './client.js';
import { descentsOf } from './descents.js';
import { fitWork } from './fit-work.js';
import { handle, type WorkAnswer, type WorkRequest } from './protocol.js';

const peaks = (steps: number, start = [-0.35, -0.67]): DescendExperiment => ({
  kind: 'descend',
  version: 1,
  surface: 'peaks',
  start,
  steps,
  optimizers: [
    { name: 'sgd', options: { lr: 0.03 } },
    { name: 'adam', options: { lr: 0.1 } },
  ],
});

/** A worker in this process: `handle` answers each request a macrotask later, as a thread would. */
function inProcess(log: { spawned: number; terminated: number }): () => WorkerLike {
  return () => {
    log.spawned++;
    let latest = 0;
    let dead = false;
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(req: WorkRequest) {
        latest = Math.max(latest, req.id);
        setTimeout(() => {
          if (dead || req.id < latest) return;
          void handle(
            req,
            (a) => setTimeout(() => !dead && w.onmessage?.({ data: a }), 0),
            () => req.id < latest,
          );
        }, 0);
      },
      terminate() {
        dead = true;
        log.terminated++;
      },
    };
    return w;
  };
}

/** A worker driven by hand: the test posts its answers. */
function byHand() {
  const workers: { w: WorkerLike; got: WorkRequest[]; dead: boolean }[] = [];
  const spawn = () => {
    const rec = { got: [] as WorkRequest[], dead: false, w: null as unknown as WorkerLike };
    rec.w = {
      onmessage: null,
      onerror: null,
      postMessage: (m) => rec.got.push(m),
      terminate: () => {
        rec.dead = true;
      },
    };
    workers.push(rec);
    return rec.w;
  };
  const answer = (i: number, a: WorkAnswer) => workers[i].w.onmessage?.({ data: a });
  return { workers, spawn, answer };
}

describe('createWork', () => {
  it('request(small descent) runs on the main thread and gives run()’s numbers, no worker started', async () => {
    const work = createWork({ spawn: () => expect.unreachable('no worker for small work') });
    const runs = await work.request(peaks(50));
    expect(runs).toEqual(descentsOf(peaks(50)));
    expect(work.started.value).toBe(0);
    expect(work.busy.value).toBe(false);
  });

  it('request(heavy descent) is answered by the worker with the same numbers, busy until then', async () => {
    const log = { spawned: 0, terminated: 0 };
    const work = createWork({ light: 10, preview: 1000, settle: 0, spawn: inProcess(log) });
    const pending = work.request(peaks(200));
    expect(work.busy.value).toBe(true);
    expect(await pending).toEqual(descentsOf(peaks(200)));
    expect(work.busy.value).toBe(false);
    expect(work.progress.value).toBeGreaterThan(0.9);
  });

  it('request(long descent) posts its first `preview` steps at once: the start of the full run', async () => {
    const work = createWork({
      light: 10,
      preview: 30,
      settle: 0,
      spawn: inProcess({ spawned: 0, terminated: 0 }),
    });
    const partials: number[][][] = [];
    const full = await work.request(peaks(300), (runs) => partials.push(runs.map((r) => r.values)));
    expect(partials).toHaveLength(1);
    expect(partials[0].map((v) => v.length)).toEqual([31, 31]);
    expect(full!.map((r) => r.values.slice(0, 31))).toEqual(partials[0]);
  });

  it('request(b) while a is pending: a resolves null, b resolves with b’s runs (latest wins)', async () => {
    const work = createWork({
      light: 10,
      preview: 30,
      settle: 0,
      spawn: inProcess({ spawned: 0, terminated: 0 }),
    });
    const a = work.request(peaks(300));
    const b = work.request(peaks(300, [0.5, 0.5]));
    expect(await a).toBeNull();
    expect(await b).toEqual(descentsOf(peaks(300, [0.5, 0.5])));
  });

  it('request(fit) in the worker gives fitWork’s result', async () => {
    const fit: FitExperiment = {
      kind: 'fit',
      version: 1,
      data: { family: 'affine', points: 40, seed: 22 },
      model: 'affine',
      loss: 'mse',
      optimizers: [{ name: 'sgd', options: { lr: 0.1 } }],
      epochs: 20,
      regimes: ['batch'],
      seed: 3,
    };
    const work = createWork({ light: 1, spawn: inProcess({ spawned: 0, terminated: 0 }) });
    expect(await work.request(fit)).toEqual(fitWork(fit));
  });

  it('a newer request during a full run ends that worker and the spare answers it', async () => {
    const h = byHand();
    const work = createWork({ light: 10, preview: 30, settle: 0, spawn: h.spawn });
    void work.request(peaks(300));
    expect(h.workers).toHaveLength(2); // the active one and a spare, started ahead
    h.answer(0, { id: 1, type: 'partial', runs: [] });
    await new Promise((ok) => setTimeout(ok, 5));
    expect(h.workers[0].got.map((r) => [r.id, r.previewOnly === true])).toEqual([
      [1, true],
      [1, false],
    ]); // worker 0 is now on the full run of 1
    void work.request(peaks(300, [1, 1]));
    expect(h.workers[0].dead).toBe(true);
    expect(h.workers[1].got.map((r) => r.id)).toEqual([2]);
    expect(h.workers).toHaveLength(3); // a new spare
  });

  it('a drag (each request before the last one’s full run was asked for) never ends a worker', async () => {
    const h = byHand();
    const work = createWork({ light: 10, preview: 30, settle: 50, spawn: h.spawn });
    for (let id = 1; id <= 5; id++) {
      void work.request(peaks(300, [id / 10, 0]));
      h.answer(0, { id, type: 'partial', runs: [] });
    }
    await new Promise((ok) => setTimeout(ok, 80));
    expect(h.workers[0].dead).toBe(false);
    // five previews, then the full run of the last request only
    expect(h.workers[0].got.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 5]);
  });

  it('a newer request during a preview keeps the worker, which skips the older full run', () => {
    const h = byHand();
    const work = createWork({ light: 10, preview: 30, spawn: h.spawn });
    void work.request(peaks(300));
    void work.request(peaks(300, [1, 1]));
    expect(h.workers[0].dead).toBe(false);
    expect(h.workers[0].got.map((r) => r.id)).toEqual([1, 2]);
  });

  it('answers to a superseded request are dropped: its partial and done reach nobody', async () => {
    const h = byHand();
    const work = createWork({ light: 10, preview: 30, spawn: h.spawn });
    const seen: string[] = [];
    const a = work.request(peaks(300), () => seen.push('a'));
    const b = work.request(peaks(300, [1, 1]), () => seen.push('b'));
    h.answer(0, { id: 1, type: 'partial', runs: [] });
    h.answer(0, { id: 2, type: 'partial', runs: [] });
    h.answer(0, { id: 2, type: 'done', runs: [] });
    expect(seen).toEqual(['b']);
    expect(await a).toBeNull();
    expect(await b).toEqual([]);
  });

  it('cancel() resolves the request null, ends a worker on a full run, and busy turns false', async () => {
    const h = byHand();
    const work = createWork({ light: 10, preview: 1000, spawn: h.spawn });
    const a = work.request(peaks(300));
    work.cancel();
    expect(await a).toBeNull();
    expect(work.busy.value).toBe(false);
    expect(h.workers[0].dead).toBe(true);
  });

  it('a worker that fails (its script, say) gives every optimizer the fault as data, no rejection', async () => {
    const h = byHand();
    const work = createWork({ light: 10, preview: 30, spawn: h.spawn });
    const a = work.request(peaks(300));
    h.workers[0].w.onerror?.({ message: 'failed to load' });
    const runs = await a;
    expect(runs).toHaveLength(2);
    expect(runs!.every((r) => r.error !== undefined && r.points.length === 0)).toBe(true);
    expect(runs![0].error!.message.en).toContain('failed to load');
  });
});

describe('handle (the worker’s side)', () => {
  it('handle(request) whose id is overtaken during the preview posts the preview and no full run', async () => {
    const posted: string[] = [];
    let stale = false;
    const done = handle(
      { id: 1, experiment: peaks(300), preview: 20 },
      (a) => posted.push(a.type),
      () => stale,
    );
    stale = true;
    await done;
    expect(posted).toEqual(['partial']);
  });

  it('handle(an experiment the schema refuses) answers done with every optimizer’s error', async () => {
    const answers: WorkAnswer[] = [];
    await handle({ id: 3, experiment: { ...peaks(10), steps: -5 } }, (a) => answers.push(a));
    const done = answers.at(-1)!;
    expect(done.type).toBe('done');
    expect('runs' in done && done.runs.every((r) => r.error !== undefined)).toBe(true);
  });
});
