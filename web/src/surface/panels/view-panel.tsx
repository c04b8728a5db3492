/** What only draws: the colour map (#cmap), the look (#style: modern or the tutorial's), its levels. */
import { type ColormapName, colormapNames, DEFAULT_LEVELS } from '../../../../src/plot/index.js';
import { tr } from '../../i18n.js';
import { Select } from '../../kit/fields.js';
import { NumberField } from '../../kit/number-field.js';
import type { SurfaceStore } from '../types.js';

type Style = 'modern' | 'tutorial';

export function ViewPanel({ store }: { store: SurfaceStore }) {
  const v = store.view.value;
  return (
    <div class="row2">
      <Select
        id="cmap"
        label={tr('lab-colormap')}
        value={v.cmap}
        options={colormapNames.map((n) => ({ value: n, label: n }))}
        onChange={(c: ColormapName) => store.setView({ cmap: c })}
      />
      <Select
        id="style"
        label={tr('surface-style')}
        value={v.style}
        options={(['modern', 'tutorial'] as const).map((s) => ({
          value: s,
          label: tr(`surface-style-${s}`),
        }))}
        onChange={(s: Style) => store.setView({ style: s })}
      />
      <NumberField
        id="levels"
        label={tr('surface-levels')}
        value={v.levels ?? DEFAULT_LEVELS}
        integer
        min={2}
        max={200}
        onCommit={(n) => store.setView({ levels: n })}
      />
    </div>
  );
}
