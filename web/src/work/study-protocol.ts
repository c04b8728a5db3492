/**
 * What the lab and its study worker say to each other, and what the worker does with a request
 * (`handleStudy`, a plain function the tests call without a worker): a sweep or a basin map,
 * answered chunk by chunk ('rows'), then 'done' — or 'error' for a fault of the whole study, as
 * data in both languages. Every answer names its request's id.
 */
import type { RunError } from '../../../src/experiment/types.js';
import type { SweepStudy } from '../../../src/sweep/types.js';
import { faultOf } from './descents.js';
import { type BasinRows, type BasinSpec, basinsProgressively } from './study-basins.js';
import { type PlacedRows, sweepProgressively } from './study-sweep.js';

export type StudyRequest =
  | { id: number; type: 'sweep'; study: SweepStudy }
  | { id: number; type: 'basins'; spec: BasinSpec }
  | { id: number; type: 'cancel' };

export type StudyAnswer =
  | { id: number; type: 'sweep-rows'; placed: PlacedRows; done: number; total: number }
  | { id: number; type: 'basin-rows'; rows: BasinRows }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; error: RunError };

/** A pause that lets a message queued meanwhile (a cancel, a newer request) arrive between chunks. */
export const breathe = () => new Promise<void>((ok) => setTimeout(ok, 0));

/** Answers one request through `post`, asking `stale()` between chunks. Nothing throws. */
export async function handleStudy(
  req: Exclude<StudyRequest, { type: 'cancel' }>,
  post: (a: StudyAnswer) => void,
  stale: () => boolean = () => false,
): Promise<void> {
  const { id } = req;
  const stop = async () => {
    await breathe();
    return stale();
  };
  try {
    const finished =
      req.type === 'sweep'
        ? await sweepProgressively(
            req.study,
            (placed, done, total) => post({ id, type: 'sweep-rows', placed, done, total }),
            stop,
          )
        : await basinsProgressively(req.spec, (rows) => post({ id, type: 'basin-rows', rows }), stop);
    if (finished) post({ id, type: 'done' });
  } catch (err) {
    post({ id, type: 'error', error: faultOf(err) });
  }
}
