/**
 * What the lab and its worker say to each other, and what the worker does with a request
 * (`handle`, a plain function the tests call without a worker). A request carries an id; every
 * answer names it, so the client drops answers to requests it no longer wants.
 */
import { type DescendExperiment, experimentWork, type FitExperiment } from '../../../src/experiment/index.js';
import { descentsOf, faultOf, faultRuns, type LabRun } from './descents.js';
import { type FitWork, fitWork } from './fit-work.js';
import { type PackedRun, packRuns } from './packed.js';

export interface WorkRequest {
  id: number;
  experiment: DescendExperiment | FitExperiment;
  /** A descent longer than this is first run this many steps and posted as 'partial'. */
  preview?: number;
  /** Only the preview: the client asks for the full run later, if the request is still wanted. */
  previewOnly?: boolean;
}

/** Descents travel packed (packed.ts: flat arrays, transferred); the client unpacks them. */
export type WorkAnswer =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'partial' | 'done'; runs: PackedRun[] }
  | { id: number; type: 'done'; fit: FitWork };

/** Posts an answer, with the buffers to transfer (moved to the receiver, not copied). */
export type Post = (a: WorkAnswer, transfer?: ArrayBuffer[]) => void;

/** Posts descents packed, their buffers transferred. */
function postRuns(post: Post, id: number, type: 'partial' | 'done', runs: LabRun[]): void {
  const packed = packRuns(runs);
  post({ id, type, runs: packed.runs }, packed.transfer);
}

/** A pause that lets messages queued meanwhile arrive (a newer request, say) before the long run. */
const breathe = () => new Promise<void>((ok) => setTimeout(ok, 0));

/**
 * Answers one request through `post`: for a long descent its first `preview` steps at once
 * ('partial'), then — unless `stale()` says a newer request came meanwhile — the whole run, with
 * progress at most once per percent. Nothing throws: a fault is the answer's data.
 */
export async function handle(
  req: WorkRequest,
  post: Post,
  stale: () => boolean = () => false,
): Promise<void> {
  const { id, experiment: e } = req;
  try {
    if (e.kind !== 'fit' && req.preview !== undefined && e.steps > req.preview) {
      postRuns(post, id, 'partial', descentsOf({ ...e, steps: req.preview }));
      if (req.previewOnly) return;
      await breathe();
      if (stale()) return;
    }
    const onProgress = progressOf(id, e, post);
    if (e.kind === 'fit') post({ id, type: 'done', fit: fitWork(e, onProgress) });
    else postRuns(post, id, 'done', descentsOf(e, onProgress));
  } catch (err) {
    // descentsOf and fitWork return their faults; this is anything else (a malformed request)
    const error = faultOf(err);
    if (e?.kind === 'fit') post({ id, type: 'done', fit: { error } });
    else postRuns(post, id, 'done', faultRuns(e, error));
  }
}

function progressOf(id: number, e: DescendExperiment | FitExperiment, post: Post): (done: number) => void {
  let total = 1;
  try {
    total = Math.max(1, experimentWork(e));
  } catch {
    // an experiment the schema refuses: run() says why, as data
  }
  let sent = -1;
  return (done) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === sent) return;
    sent = percent;
    post({ id, type: 'progress', fraction: done / total });
  };
}
