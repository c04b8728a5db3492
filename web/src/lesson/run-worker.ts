/// <reference lib="webworker" />
/**
 * A lesson step's run off the main thread: one `run(experiment)` per request, answered with the
 * Run (plain data and typed arrays, cloned to the page) or the fault in both languages.
 */
import type { Experiment } from '../../../src/experiment/types.js';
import { runNow } from './run-now.js';
import type { RunAnswer } from './runner.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<{ id: number; experiment: Experiment }>) => {
  const { id, experiment } = ev.data;
  const answer: RunAnswer = { id, ...runNow(experiment) };
  scope.postMessage(answer);
};
