// Runs `cli()` (src/cli/testing.ts) in a worker thread for the adversarial suite, so that a case
// that loops forever or exhausts the heap can be stopped (Worker.terminate) without taking the
// test runner with it. In: { id, args, lang, cwd }; out: { id, reply: { code, stdout, stderr } }.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { cli } = await tsImport(workerData.testing, import.meta.url);

parentPort.on('message', async ({ id, args, lang, cwd }) => {
  try {
    parentPort.postMessage({ id, reply: await cli(args, { lang, cwd }) });
  } catch (e) {
    // main() must catch everything; a throw out of it is a failure of the case, reported as such.
    parentPort.postMessage({ id, reply: { thrown: String(e?.stack ?? e) } });
  }
});
parentPort.postMessage({ ready: true });
