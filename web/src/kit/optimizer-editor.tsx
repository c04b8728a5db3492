/**
 * One optimizer of an experiment, editable: name, label, convention (PyTorch/Keras), its learning
 * rate (constant or schedule), every other option of that convention named in words in the page's
 * language with its symbol beside ("decaimiento de pesos (λ)"), and the clipping every optimizer
 * takes. Generic: the surface and regression labs both hand it an entry and take back a new one.
 */
import { useId } from 'preact/hooks';
import type { OptimizerEntry, OptionValue } from '../../../src/experiment/index.js';
import { commonOptionKeys, optimizerInfo, optimizerNames, optionRow } from '../../../src/optim/index.js';
import { lang, tr } from '../i18n.js';
import { withOption } from './lr-control.js';
import { ClipRow, LrControl } from './lr-control-view.js';
import { SliderNumber } from './option-inputs-field.js';
import './optimizer-editor.css';

export interface OptimizerEditorProps {
  entry: OptimizerEntry;
  colour: string;
  canRemove: boolean;
  onChange(entry: OptimizerEntry): void;
  onRemove(): void;
  names?: readonly string[];
}

/**
 * The entry for optimizer `name`: the learning rate and the clipping carry over when the new one
 * takes them (Nelder–Mead has no learning rate, the searching methods no clipping), the rest is
 * the new one's default.
 */
export function renamed(entry: OptimizerEntry, name: string): OptimizerEntry {
  const takes = new Set(optimizerInfo(name).options.map((o) => o.key));
  const keep = Object.entries(entry.options ?? {}).filter(
    ([k]) => (k === 'lr' || commonOptionKeys.includes(k)) && takes.has(k),
  );
  const { label: _label, ...rest } = entry;
  return { ...rest, name, options: Object.fromEntries(keep) };
}

/** An option's label: its name in words in the page's language, its symbol beside when it has one of its own. */
export function optionLabel(key: string): string {
  const row = optionRow(key);
  if (!row) return key;
  const words = tr(row.label);
  return row.symbol !== key && row.symbol !== words ? `${words} (${row.symbol})` : words;
}

function OptionRowView(p: {
  optionKey: string;
  value: OptionValue;
  fixed: boolean;
  owner: string;
  set(v: OptionValue): void;
}) {
  const id = useId();
  const label = optionLabel(p.optionKey);
  const help = optionRow(p.optionKey)?.help;
  const title = help ? tr(help as 'optim-option-clipNorm') : undefined;
  if (typeof p.value === 'boolean')
    return (
      <div class="hp hp-bool">
        <input
          id={id}
          type="checkbox"
          checked={p.value}
          disabled={p.fixed}
          onChange={(ev) => p.set((ev.target as HTMLInputElement).checked)}
        />
        <label for={id} title={title}>
          {label}
        </label>
      </div>
    );
  return (
    <div class="hp">
      <label for={id} title={title}>
        {label}
      </label>
      <SliderNumber
        id={id}
        optionKey={p.optionKey}
        value={Number(p.value)}
        onChange={p.set}
        sliderLabel={`${p.owner}: ${label}`}
        disabled={p.fixed}
      />
    </div>
  );
}

function Head(p: OptimizerEditorProps & { title: string; infoName: string }) {
  const nameId = useId();
  const labelId = useId();
  return (
    <div class="opt-head">
      <span class="swatch" aria-hidden="true" />
      <label for={nameId} class="sr">
        {tr('lab-optimizer')}
      </label>
      <select
        id={nameId}
        value={p.infoName}
        onChange={(ev) => p.onChange(renamed(p.entry, (ev.target as HTMLSelectElement).value))}
      >
        {(p.names ?? optimizerNames).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <label for={labelId} class="sr">
        {tr('lab-label')}
      </label>
      <input
        id={labelId}
        type="text"
        value={p.entry.label ?? ''}
        placeholder={p.entry.name}
        maxLength={60}
        onChange={(ev) => {
          const v = (ev.target as HTMLInputElement).value.trim();
          const { label: _label, ...rest } = p.entry;
          p.onChange(v === '' ? rest : { ...rest, label: v });
        }}
      />
      <button
        type="button"
        class="icon"
        disabled={!p.canRemove}
        aria-label={tr('lab-remove', { name: p.title })}
        title={tr('lab-remove', { name: p.title })}
        onClick={p.onRemove}
      >
        ×
      </button>
    </div>
  );
}

function Convention(p: {
  value: 'pytorch' | 'keras';
  framework: Readonly<Record<string, string | null>>;
  pick(c: 'pytorch' | 'keras'): void;
}) {
  return (
    <div class="opt-conv">
      <span class="small">{tr('lab-convention')}</span>
      <div class="seg" role="radiogroup" aria-label={tr('lab-convention')}>
        {(['pytorch', 'keras'] as const).map((c) => (
          // biome-ignore lint/a11y/useSemanticElements: a segmented control of buttons, pressed like buttons (the browser tests click them)
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={c === p.value}
            class={c === p.value ? 'on' : ''}
            data-convention={c}
            title={p.framework[c] ?? ''}
            onClick={() => c !== p.value && p.pick(c)}
          >
            {c === 'pytorch' ? 'PyTorch' : 'Keras'}
          </button>
        ))}
      </div>
    </div>
  );
}

export function OptimizerEditor(p: OptimizerEditorProps) {
  const { entry } = p;
  const convention = entry.convention ?? 'pytorch';
  const info = optimizerInfo(entry.name, lang.value);
  const defaults = info.defaults[convention];
  const fixed = new Set(info.fixed[convention]);
  const title = entry.label ?? entry.name;
  const set = (key: string, v: OptionValue | undefined) =>
    p.onChange({ ...entry, options: withOption(entry.options, key, v) });
  const pickConvention = (c: 'pytorch' | 'keras') => {
    const { convention: _c, ...rest } = entry;
    p.onChange(c === 'pytorch' ? rest : { ...rest, convention: c });
  };
  return (
    <section class="opt-card" style={`--c:${p.colour}`} aria-label={title}>
      <Head {...p} title={title} infoName={info.name} />
      <Convention value={convention} framework={info.framework} pick={pickConvention} />
      {Object.entries(defaults).map(([key, def]) =>
        key === 'lr' ? (
          <LrControl
            key={key}
            value={(entry.options?.lr as number | undefined) ?? Number(def)}
            owner={title}
            disabled={fixed.has(key)}
            onChange={(v) => set('lr', v)}
          />
        ) : (
          <OptionRowView
            key={key}
            optionKey={key}
            value={entry.options?.[key] ?? def}
            fixed={fixed.has(key)}
            owner={title}
            set={(v) => set(key, v)}
          />
        ),
      )}
      {info.options
        .filter((o) => o.common)
        .map(({ key }) => (
          <ClipRow
            key={key}
            optionKey={key}
            value={typeof entry.options?.[key] === 'number' ? (entry.options[key] as number) : undefined}
            owner={title}
            onChange={(v) => set(key, v)}
          />
        ))}
    </section>
  );
}
