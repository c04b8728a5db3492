/**
 * npm run bench:web:profile [-- --only drag|scrub] [--dist dir]: where the main thread's time goes
 * in bench:web's drag and scrub cases — the same page actions under Chromium's sampling profiler
 * (CDP Profiler), printed as the functions with the most self time. A tool for finding what to
 * speed up, not a figure to report: the profiler slows what it samples.
 */
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { dragMoves, openLab, peaks, scrubMoves, THREE } from './bench-web-cases.js';
// @ts-expect-error — a plain .mjs script without type declarations
import { serveLab } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const dist = arg('--dist') ?? join(root, 'web', 'dist');
const only = arg('--only') ?? 'drag,scrub';
const top = Number(arg('--top') ?? 25);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function (ms), from a CDP CPU profile's samples. */
function selfTimes(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...total].sort((a, b) => b[1] - a[1]);
}

/** Runs `act` under the profiler; `act` may stop it early (`stop()`), else it stops at the end. */
async function profiled(page: Page, act: (stop: () => Promise<void>) => Promise<unknown>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  let profile: unknown = null;
  const stop = async () => {
    profile ??= (await cdp.send('Profiler.stop')).profile;
  };
  const result = await act(stop);
  await stop();
  return { result, self: selfTimes(profile as never) };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Self time per trace event name (ms) on the renderer's main thread, from a Chromium trace. */
function traceSelfTimes(events: TraceEvent[]) {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const on = events
    .filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const total = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop()!;
      total.set(top.e.name, (total.get(top.e.name) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
      if (stack.length > 0) stack[stack.length - 1].child += top.e.dur ?? 0;
    }
  };
  for (const e of on) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return [...total].sort((a, b) => b[1] - a[1]);
}

const tracing = process.argv.includes('--trace');

const lab = await serveLab({ port: 0, root: dist });
// bench:web's flags (software rendering: no GPU), so the profile sees what the bench measures
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const name of only.split(',')) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const drag = name === 'drag';
    await openLab(page, lab.url, drag ? peaks(10_000) : peaks(100_000, THREE));
    if (tracing) {
      // Chromium's own timeline (layout, paint, messages, GC…) instead of the JS sampler
      await browser.startTracing(page, {
        categories: (
          arg('--categories') ?? 'devtools.timeline,v8,disabled-by-default-devtools.timeline'
        ).split(','),
      });
      let trace: Buffer | null = null;
      const stop = async () => {
        trace ??= await browser.stopTracing();
      };
      const result = drag ? await dragMoves(page, stop) : await scrubMoves(page);
      await stop();
      const events = JSON.parse(String(trace)).traceEvents as TraceEvent[];
      console.log(`\n${name} (trace): ${JSON.stringify(result)}`);
      for (const [key, ms] of traceSelfTimes(events).slice(0, top))
        console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
      await page.close();
      continue;
    }
    const { result, self } = await profiled(page, (stop) =>
      drag ? dragMoves(page, stop) : scrubMoves(page),
    );
    console.log(`\n${name}: ${JSON.stringify(result)}`);
    for (const [key, ms] of self.slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
    await page.close();
  }
} finally {
  await browser.close();
  await lab.close();
}
