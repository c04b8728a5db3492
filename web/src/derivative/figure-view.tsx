/**
 * The derivative lab's Figure: f with its tangent at x and the secant through x + h, beside the two
 * descents from x (gradient and sign steps), each with its colours — what `#embed=1` shows and a
 * lesson may show. The lab does not animate: no transport. The two charts' specs are made here
 * and shared with the lab's panel (view.tsx).
 */
import { useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { DERIVATIVE_COLORS as COLORS } from '../../../src/plot/views/derivative.js';
import { lang, tr } from '../i18n.js';
import { FigureCell, FigureFrame, FigureLegend, FigurePair } from '../kit/figure-frame.js';
import { LineChart } from '../kit/line-chart.js';
import { curveSpec, descentSpec } from './draw.js';
import type { DerivativeStore } from './store.js';

/** f, the tangent and the secant at the store's x and h (empty while f does not parse). */
export function useTangentSpec(store: DerivativeStore) {
  return useComputed(() => {
    const { at, curve: c } = store.run.value;
    lang.value; // the series' names follow the language
    return at && c ? curveSpec({ x: store.x.value, h: store.h.value }, at, c) : { series: [] };
  });
}

/** x against the step for gradient descent and the sign step. */
export function useDescentSpec(store: DerivativeStore) {
  return useComputed(() => {
    const [gd, sign] = store.run.value.runs;
    lang.value;
    return gd && sign ? descentSpec(gd, sign) : { series: [] };
  });
}

export function DerivativeFigure({ store }: { store: DerivativeStore }): JSX.Element {
  const curve = useTangentSpec(store);
  const descent = useDescentSpec(store);
  const fault = store.fault('formula');
  const legend = (
    <FigureLegend
      items={[
        { color: COLORS.f, label: 'f(x)' },
        { color: COLORS.tangent, label: tr('lab-tangent') },
        { color: COLORS.secant, label: tr('lab-secant') },
        { color: COLORS.gd, label: tr('lab-descent-gd') },
        { color: COLORS.sign, label: tr('lab-descent-sign') },
      ]}
    />
  );
  return (
    <FigureFrame class="derivative-figure" ready="true" legend={legend}>
      {fault ? (
        <pre class="figure-fault" role="alert">
          {fault}
        </pre>
      ) : (
        <FigurePair>
          <FigureCell title={tr('lab-tangent-view')}>
            <LineChart spec={curve} label={tr('lab-tangent-view')} class="d-curve" />
          </FigureCell>
          <FigureCell title={tr('lab-descent-view')}>
            <LineChart spec={descent} label={tr('lab-derivative-descent-alt')} class="d-descent" />
          </FigureCell>
        </FigurePair>
      )}
    </FigureFrame>
  );
}
