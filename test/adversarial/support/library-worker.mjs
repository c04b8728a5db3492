// Calls one function of the public API (src/index.ts) in a worker thread, for calls that could
// loop without end (ranges, counts): the suite stops the worker after its hang bound.
// In: { id, fn, args }; out: { id, reply: { ok, size } | { thrown: { descenso, name, es, en } } }.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const api = await tsImport(workerData.index, import.meta.url);

parentPort.on('message', ({ id, fn, args }) => {
  try {
    const value = api[fn](...args);
    const size = Array.isArray(value) ? value.length : typeof value === 'string' ? value.length : undefined;
    parentPort.postMessage({ id, reply: { ok: true, size } });
  } catch (e) {
    const descenso = e instanceof api.DescensoError;
    parentPort.postMessage({
      id,
      reply: {
        thrown: {
          descenso,
          name: e?.name ?? typeof e,
          message: String(e?.message ?? e),
          es: descenso ? e.messageIn('es') : undefined,
          en: descenso ? e.messageIn('en') : undefined,
        },
      },
    });
  }
});
parentPort.postMessage({ ready: true });
