/**
 * The derivative lab's readouts, each a component of the run it is given: f(x), f′(x) and the
 * quotients; where the two descents ended (or why they could not start); the chain rule's terms;
 * the swatches under a chart; and a number with a slider for the hand. Ids are the ones the
 * browser tests read (#d-exact, #d-sign-final, #d-chain-product…).
 */
import type { JSX } from 'preact';
import type { DerivativeRunSet } from '../../../src/experiment/types.js';
import { fmt, tr } from '../i18n.js';
import { NumberField, type NumberRules, sliderPosition, sliderValue } from '../kit/number-field.js';
import { type At, descentFault, endText, ran } from './draw.js';

function Row({ term, value, id }: { term: string; value: string; id: string }): JSX.Element {
  return (
    <>
      <dt>{term}</dt>
      <dd id={id}>{value}</dd>
    </>
  );
}

/** f(x), f′(x) and the two quotients with their errors. */
export function Readout({ at }: { at: At | undefined }): JSX.Element {
  if (!at) return <dl class="readout" />;
  const quotient = (q: number) =>
    `${fmt(q, 10)} (${tr('lab-error-short')} ${fmt(Math.abs(q - at.slope), 2)})`;
  return (
    <dl class="readout">
      <Row term="f(x)" value={fmt(at.value, 8)} id="d-fx" />
      <Row term={tr('lab-derivative-exact')} value={fmt(at.slope, 10)} id="d-exact" />
      <Row term={tr('lab-derivative-forward')} value={quotient(at.forward)} id="d-forward" />
      <Row term={tr('lab-derivative-central')} value={quotient(at.central)} id="d-central" />
    </dl>
  );
}

/** Where each descent ended, or why they could not start. */
export function DescentReadout({ runs }: { runs: DerivativeRunSet['runs'] }): JSX.Element {
  const [gd, sign] = runs;
  if (!gd || !sign || !ran(gd) || !ran(sign)) {
    const why = gd && sign ? descentFault(gd, sign) : null;
    return (
      <dl class="readout">
        {why && (
          <dd id="d-descent-error" class="error">
            {why}
          </dd>
        )}
      </dl>
    );
  }
  return (
    <dl class="readout">
      <Row term={tr('lab-descent-gd')} value={endText(gd)} id="d-gd-final" />
      <Row term={tr('lab-descent-sign')} value={endText(sign)} id="d-sign-final" />
    </dl>
  );
}

/** u, du/dx, y, dy/du and their product at x, beside dy/dx of y(u(x)) from automatic differentiation. */
export function ChainTable({ chain, x }: { chain: DerivativeRunSet['chain']; x: number }): JSX.Element {
  if (!chain)
    return (
      <table class="chain">
        <caption class="help">{tr('lab-chain-fix')}</caption>
      </table>
    );
  const rows: [string, number, string][] = [
    ['u(x)', chain.u, 'd-chain-u'],
    ['du/dx', chain.dudx, 'd-chain-du'],
    ['y(u)', chain.y, 'd-chain-y'],
    ['dy/du', chain.dydu, 'd-chain-dy'],
    ['dy/du · du/dx', chain.product ?? chain.dydu * chain.dudx, 'd-chain-product'],
    [tr('lab-chain-direct'), chain.dydx, 'd-chain-direct'],
  ];
  return (
    <table class="chain">
      <caption>{tr('lab-chain-at', { x: fmt(x, 6) })}</caption>
      <tbody>
        {rows.map(([k, v, id]) => (
          <tr key={id}>
            <th scope="row">{k}</th>
            <td class="n" id={id}>
              {fmt(v, 8)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The swatches under a chart. */
export function Legend({ items }: { items: [string, string][] }): JSX.Element {
  return (
    <ul class="legend">
      {items.map(([c, t]) => (
        <li key={t}>
          <span class="dot" style={{ background: c }} />
          {t}
        </li>
      ))}
    </ul>
  );
}

export interface PairProps extends NumberRules {
  id: string;
  label: string;
  value: number;
  onCommit(v: number): void;
  /** The slider's span (the field takes any value its rules allow). */
  range: { min: number; max: number; log?: boolean };
}

/**
 * A number and a slider for the hand: the slider covers a useful span, the field (decimal comma
 * in Spanish) takes any value its rules allow — x = 7 is typed, not dragged.
 */
export function Pair({ id, label, value, onCommit, range, ...rules }: PairProps): JSX.Element {
  const { min, max, log } = range;
  const round = (v: number) => (rules.integer ? Math.round(v) : Number(v.toPrecision(4)));
  return (
    <div class="field pair-field">
      <label for={`${id}-range`}>{label}</label>
      <div class="pair">
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={1000}
          value={sliderPosition(value, min, max, log)}
          aria-valuetext={fmt(value)}
          onInput={(ev) => onCommit(round(sliderValue(Number(ev.currentTarget.value), min, max, log)))}
        />
        <NumberField id={id} label={label} value={value} onCommit={onCommit} quiet class="num" {...rules} />
      </div>
    </div>
  );
}
