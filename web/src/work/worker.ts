/// <reference lib="webworker" />
/**
 * The heavy work, off the main thread. Requests are answered one at a time in arrival order; a
 * request that a newer one has overtaken while it waited (or while its preview was posted) is
 * skipped, so a fast drag does not queue up stale runs.
 */
import { handle, type WorkRequest } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (ev: MessageEvent<WorkRequest>) => {
  const req = ev.data;
  latest = Math.max(latest, req.id);
  queue = queue.then(() =>
    req.id < latest
      ? undefined
      : handle(
          req,
          (a, transfer) => scope.postMessage(a, transfer ?? []),
          () => req.id < latest,
        ),
  );
};
