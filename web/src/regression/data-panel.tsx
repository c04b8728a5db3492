/**
 * The data panel: the family, then exactly the controls that family reads (families.ts) — slope
 * for a line through 0, intercept and slope for an affine one, amplitude, frequency and phase for
 * a sine, the coefficients of a polynomial, the rate of an exponential, a formula, a CSV file —
 * and the sampling every simulation shares: the x-range, the noise σ and μ, the points, the seed.
 */
import { useState } from 'preact/hooks';
import { parseCsv } from '../../../src/data/csv.js';
import { DescensoError, isDescensoError } from '../../../src/errors.js';
import type { DataEntry } from '../../../src/experiment/index.js';
import { parseFormula } from '../../../src/expr/index.js';
import { LIMITS } from '../../../src/limits.js';
import { fmt, fmtInt, lang, tr } from '../i18n.js';
import { FormulaField, Select } from '../kit/fields.js';
import { formulaMessage } from '../kit/formula-message.js';
import { MAX_ADDRESS_POINTS, MAX_CSV_BYTES, MAX_CSV_ROWS } from '../kit/limits.js';
import { numberText, parseNumber } from '../kit/number.js';
import { NumberField } from '../kit/number-field.js';
import type { LabContext } from '../shell/lab.js';
import { type DataNumber, dataDefaults, FAMILY_CHOICES, withData } from './families.js';
import type { RegressionStore } from './store.js';

const SHAPE_LABEL: Record<DataNumber, () => string> = {
  slope: () => tr('lab-slope'),
  intercept: () => tr('lab-intercept'),
  amplitude: () => tr('rg-amplitude'),
  frequency: () => tr('rg-frequency'),
  phase: () => tr('rg-phase'),
  rate: () => tr('rg-rate'),
};

type Props = { store: RegressionStore; ctx: LabContext };

export function DataPanel({ store, ctx }: Props) {
  const e = store.experiment.value;
  const d = e.data;
  const family = store.family.value;
  const c = store.controls.value;
  const defs = dataDefaults(family);
  const set = <K extends keyof DataEntry>(k: K, v: DataEntry[K]) => store.edit((x) => withData(x, k, v));
  return (
    <section class="group" aria-labelledby="r-data-h">
      <h2 id="r-data-h">{tr('lab-data')}</h2>
      <Select
        id="r-family"
        label={tr('lab-family')}
        value={family}
        options={FAMILY_CHOICES.map((o) => ({ value: o, label: tr(`lab-family-${o}`) }))}
        onChange={(v) => store.setFamily(v)}
      />
      {c.formula ? <FormulaData store={store} /> : null}
      {c.csv ? <CsvData store={store} ctx={ctx} /> : null}
      {c.shape.map((k) => (
        <NumberField
          key={k}
          id={`r-${k}`}
          label={SHAPE_LABEL[k]()}
          value={d[k] ?? defs[k]}
          onCommit={(v) => set(k, v)}
        />
      ))}
      {c.coeffs ? <CoeffsField coeffs={d.coeffs ?? defs.coeffs} set={(v) => set('coeffs', v)} /> : null}
      {c.sampling ? <Sampling store={store} /> : null}
    </section>
  );
}

/** What every simulation reads, a formula's too: the x-range, the noise σ and μ, the points, the seed. */
function Sampling({ store }: { store: RegressionStore }) {
  const d = store.experiment.value.data;
  const defs = dataDefaults(store.family.value);
  const set = <K extends keyof DataEntry>(k: K, v: DataEntry[K]) => store.edit((x) => withData(x, k, v));
  const range = d.xRange ?? defs.xRange;
  return (
    <>
      <div class="pair-fields">
        <NumberField
          id="r-x0"
          label={tr('rg-x-from')}
          value={range[0]}
          max={range[1] - Number.EPSILON}
          onCommit={(v) => set('xRange', [v, range[1]])}
        />
        <NumberField
          id="r-x1"
          label={tr('rg-x-to')}
          value={range[1]}
          min={range[0] + Number.EPSILON}
          onCommit={(v) => set('xRange', [range[0], v])}
        />
      </div>
      <NumberField
        id="r-noise"
        label={tr('lab-noise')}
        value={d.noise ?? defs.noise}
        min={0}
        onCommit={(v) => set('noise', v)}
      />
      <NumberField id="r-mu" label={tr('lab-mu')} value={d.mu ?? defs.mu} onCommit={(v) => set('mu', v)} />
      <NumberField
        id="r-points"
        label={tr('lab-points')}
        value={d.points ?? defs.points}
        integer
        min={1}
        max={LIMITS.points}
        onCommit={(v) => set('points', v)}
      />
      <NumberField
        id="r-seed"
        label={tr('lab-seed')}
        value={d.seed ?? defs.seed}
        integer
        min={0}
        onCommit={(v) => set('seed', v)}
      />
    </>
  );
}

/** The coefficients c0 … ck as one line of numbers (commas are decimal marks in Spanish). */
function CoeffsField({ coeffs, set }: { coeffs: readonly number[]; set: (v: number[]) => void }) {
  const l = lang.value;
  const shown = coeffs.map((c) => numberText(c, l)).join(' ');
  const [text, setText] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const commit = (t: string) => {
    const parts = t.split(/[\s;]+/).filter((s) => s !== '');
    const vs = parts.map((s) => parseNumber(s, l));
    const ok = vs.length > 0 && vs.length <= LIMITS.coeffs && vs.every((v) => v !== null);
    setBad(!ok);
    if (!ok) return;
    setText(null);
    set(vs as number[]);
  };
  return (
    <div class="field">
      <label for="r-coeffs">{tr('rg-coeffs')}</label>
      <input
        id="r-coeffs"
        type="text"
        value={text ?? shown}
        aria-invalid={bad}
        aria-describedby="r-coeffs-help"
        onInput={(ev) => setText((ev.target as HTMLInputElement).value)}
        onChange={(ev) => commit((ev.target as HTMLInputElement).value)}
      />
      <div class="help" id="r-coeffs-help">
        {tr('rg-coeffs-help')}
      </div>
    </div>
  );
}

/** y = f(x) + noise: the formula is kept in the experiment only once it parses; its fault is shown at its place. */
function FormulaData({ store }: { store: RegressionStore }) {
  const current = store.experiment.value.data.formula ?? '';
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const onInput = (t: string) => {
    setText(t);
    try {
      parseFormula(t, { kind: '1d' });
      setError(null);
      store.edit((x) => withData(x, 'formula', t));
    } catch (err) {
      setError(formulaMessage(err, t));
    }
  };
  return (
    <FormulaField
      id="r-formula"
      label={tr('lab-data-formula')}
      value={text}
      error={error}
      onInput={onInput}
      help={tr('lab-data-formula-help')}
    />
  );
}

/** A file size for people: megabytes, three digits. */
const megabytes = (bytes: number) => `${fmt(bytes / (1024 * 1024), 3)} MB`;

/** Reads a CSV the user picks; a file that cannot be data is refused in #r-csv-error, named. */
function CsvData({ store, ctx }: Props) {
  const [error, setError] = useState<string | null>(null);
  const n = store.experiment.value.data.y?.length ?? 0;
  const read = (f: File) => {
    const refuse = (m: string) => setError(`${f.name}: ${m}`);
    // checked before reading: a file of hundreds of megabytes would take the tab down with it
    if (f.size > MAX_CSV_BYTES) {
      refuse(tr('lab-csv-too-large', { size: megabytes(f.size), max: megabytes(MAX_CSV_BYTES) }));
      return;
    }
    void f.text().then((text) => {
      try {
        const table = parseCsv(text);
        if (table.y.length > MAX_CSV_ROWS)
          throw new DescensoError('lab-csv-too-many-rows', {
            rows: fmtInt(table.y.length),
            max: fmtInt(MAX_CSV_ROWS),
          });
        setError(null);
        store.edit((x) => ({ ...x, data: { x: Array.from(table.x), y: Array.from(table.y) } }));
        ctx.notify(tr('lab-csv-loaded', { n: fmtInt(table.y.length), name: f.name }), 'info');
        if (table.y.length > MAX_ADDRESS_POINTS)
          ctx.notify(tr('lab-data-in-session', { n: fmtInt(table.y.length) }), 'info');
      } catch (err) {
        refuse(isDescensoError(err) ? err.messageIn(lang.value) : String(err));
      }
    });
  };
  return (
    <div class="field">
      <label for="r-csv">{tr('lab-csv-file')}</label>
      <input
        id="r-csv"
        type="file"
        accept=".csv,text/csv,text/plain"
        aria-describedby="r-csv-help r-csv-error"
        onChange={(ev) => {
          const f = (ev.target as HTMLInputElement).files?.[0];
          if (f) read(f);
        }}
      />
      <div class="help" id="r-csv-help">
        {tr('lab-csv-help', { n: fmtInt(n) })}
      </div>
      <pre id="r-csv-error" class="formula-error" role="alert" hidden={error === null}>
        {error ?? ''}
      </pre>
    </div>
  );
}
