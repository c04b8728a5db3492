/**
 * The values a varied option takes, and the settings of a study (every combination of them).
 * Values are NumPy's `linspace` and `logspace` with both ends exact, rounded to 12 significant
 * digits: a row then says `lr: 0.03`, not 0.030000000000000002, and the single run given that
 * printed number is the row's run exactly.
 */
import { DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { optionKeys, optionRow } from '../optim/index.js';
import { linspace } from '../random/index.js';
import { suggestName } from '../suggest.js';
import type { VarySpec } from './types.js';

const clean = (x: number) => Number(x.toPrecision(12));

/** The values of one varied option, in order from `from` to `to`. */
export function varyValues(v: VarySpec): number[] {
  if (v.count === 1) return [clean(v.from)];
  if (v.scale === 'lin') {
    const xs = Array.from(linspace(v.from, v.to, v.count), clean);
    xs[0] = v.from;
    xs[xs.length - 1] = v.to;
    return xs;
  }
  const logs = linspace(Math.log10(v.from), Math.log10(v.to), v.count);
  const xs = Array.from(logs, (e) => clean(10 ** e));
  xs[0] = v.from;
  xs[xs.length - 1] = v.to;
  return xs;
}

/** A key of the option table that takes numbers; a flag's spelling (weight-decay) is accepted. */
export function varyOption(name: string): string {
  const key = name.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
  const row = optionRow(key);
  if (row && row.kind === 'number') return row.key;
  const numeric = optionKeys.filter((k) => optionRow(k)?.kind === 'number');
  throw new DescensoError('sweep-unknown-option', {
    option: name,
    valid: numeric.join(', '),
    suggestion: suggestName(key, numeric) ?? null,
  });
}

/** `option=from:to:lin|log:count`, checked (a log range needs positive ends). */
export function parseVary(text: string): VarySpec {
  const m = /^([A-Za-z][\w-]*)=([^:]+):([^:]+):(lin|log):(\d+)$/.exec(text.trim());
  if (!m) throw new DescensoError('sweep-bad-vary', { value: text });
  const [from, to, count] = [Number(m[2]), Number(m[3]), Number(m[5])];
  if (!(Number.isFinite(from) && Number.isFinite(to)))
    throw new DescensoError('sweep-bad-vary', { value: text });
  const scale = m[4] as VarySpec['scale'];
  const ok =
    Number.isInteger(count) &&
    count >= 1 &&
    count <= LIMITS.sweepValues &&
    (scale === 'lin' || (from > 0 && to > 0)) &&
    (from !== to || count === 1);
  if (!ok) throw new DescensoError('sweep-vary-range', { value: text, max: LIMITS.sweepValues });
  return { option: varyOption(m[1]), from, to, scale, count };
}

/** Every combination of the varied values, the first option outermost: one record per setting. */
export function settingsOf(vary: readonly VarySpec[]): Record<string, number>[] {
  let settings: Record<string, number>[] = [{}];
  for (const v of vary) {
    const values = varyValues(v);
    settings = settings.flatMap((s) => values.map((x) => ({ ...s, [v.option]: x })));
  }
  return settings;
}
