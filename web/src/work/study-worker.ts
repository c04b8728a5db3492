/// <reference lib="webworker" />
/**
 * The studies' worker: one request at a time; a newer request or a cancel makes the one in hand
 * stop at its next chunk (the client also ends a worker that would not stop soon enough).
 */
import { handleStudy, type StudyRequest } from './study-protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (ev: MessageEvent<StudyRequest>) => {
  const req = ev.data;
  latest = Math.max(latest, req.id);
  if (req.type === 'cancel') return;
  queue = queue.then(() =>
    req.id < latest
      ? undefined
      : handleStudy(
          req,
          (a) => scope.postMessage(a),
          () => req.id < latest,
        ),
  );
};
