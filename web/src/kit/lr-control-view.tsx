/**
 * The learning rate of an optimizer editor — a constant (slider + field) or a schedule (its text,
 * its fault said beside it) — and the clipping row every optimizer has, off until ticked.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { optionRow, type ScheduleSpec } from '../../../src/optim/index.js';
import { lang, tr } from '../i18n.js';
import {
  CLIP_START,
  isSchedule,
  readSchedule,
  scheduleBaseLr,
  shownSchedule,
  startSchedule,
} from './lr-control.js';
import { SliderNumber } from './option-inputs-field.js';
import './optimizer-editor.css';

type LrValue = number | ScheduleSpec;

export interface LrControlProps {
  value: LrValue;
  /** Whose rate it is, for a screen reader ("Adam: lr"). */
  owner: string;
  disabled?: boolean;
  onChange(v: LrValue): void;
}

function ModeSwitch(p: { schedule: boolean; pick(schedule: boolean): void }) {
  return (
    <div class="seg" role="radiogroup" aria-label={tr('lab-lr')}>
      {[false, true].map((s) => (
        // biome-ignore lint/a11y/useSemanticElements: a segmented control of buttons, pressed like buttons (the browser tests click them)
        <button
          key={String(s)}
          type="button"
          role="radio"
          aria-checked={s === p.schedule}
          class={s === p.schedule ? 'on' : ''}
          data-lr-mode={s ? 'schedule' : 'constant'}
          onClick={() => s !== p.schedule && p.pick(s)}
        >
          {tr(s ? 'lab-lr-schedule' : 'lab-lr-constant')}
        </button>
      ))}
    </div>
  );
}

function ScheduleField(p: { spec: ScheduleSpec; onChange(s: ScheduleSpec): void }) {
  const id = useId();
  const [text, setText] = useState(shownSchedule(p.spec));
  const [fault, setFault] = useState<string | undefined>(undefined);
  useEffect(() => setText(shownSchedule(p.spec)), [shownSchedule(p.spec)]);
  const commit = () => {
    const read = readSchedule(text, p.spec, lang.value);
    setFault(read.fault);
    if (read.fault === undefined) p.onChange(read.spec);
  };
  return (
    <div class="hp-schedule">
      <label for={id} title={tr('lab-lr-schedule-title')}>
        {tr('lab-lr-schedule-field')}
      </label>
      {/* a textarea that wraps, so a long schedule is seen whole at 360 px; Enter commits */}
      <textarea
        id={id}
        rows={1}
        class="schedule"
        value={text}
        spellcheck={false}
        autoComplete="off"
        aria-describedby={`${id}-fault`}
        aria-invalid={fault !== undefined}
        placeholder="exponential:lr=0.1,gamma=0.9"
        onInput={(ev) => setText((ev.target as HTMLTextAreaElement).value)}
        onChange={commit}
        onKeyDown={(ev) => {
          if (ev.key !== 'Enter') return;
          ev.preventDefault();
          commit();
        }}
      />
      <p id={`${id}-fault`} class="formula-error" role="alert" hidden={fault === undefined}>
        {fault ?? ''}
      </p>
    </div>
  );
}

export function LrControl(p: LrControlProps) {
  const id = useId();
  const schedule = isSchedule(p.value);
  const pick = (s: boolean) => {
    const lr = isSchedule(p.value) ? scheduleBaseLr(p.value) : Number(p.value);
    p.onChange(s ? startSchedule(lr) : lr);
  };
  return (
    <>
      <div class="opt-conv">
        <span class="small">{tr('optim-label-lr')}</span>
        <ModeSwitch schedule={schedule} pick={pick} />
      </div>
      {isSchedule(p.value) ? (
        <ScheduleField spec={p.value} onChange={p.onChange} />
      ) : (
        <div class="hp">
          <label for={id}>lr</label>
          <SliderNumber
            id={id}
            optionKey="lr"
            value={Number(p.value)}
            onChange={p.onChange}
            sliderLabel={`${p.owner}: lr`}
            disabled={p.disabled}
          />
        </div>
      )}
    </>
  );
}

/** A clipping option's row: a checkbox that turns it on (off by default), then its slider and field. */
export function ClipRow(p: {
  optionKey: string;
  value: number | undefined;
  owner: string;
  onChange(v?: number): void;
}) {
  const id = useId();
  const row = optionRow(p.optionKey);
  const on = p.value !== undefined;
  return (
    <div class="hp hp-clip">
      <span class="clip-name">
        <input
          type="checkbox"
          checked={on}
          data-clip={p.optionKey}
          aria-label={tr('lab-clip-on', { key: row ? tr(row.label) : p.optionKey })}
          onChange={(ev) => p.onChange((ev.target as HTMLInputElement).checked ? CLIP_START : undefined)}
        />
        <label for={id} title={row ? tr(row.help as 'optim-option-clipNorm') : ''}>
          {row ? `${tr(row.label)} (${row.symbol})` : p.optionKey}
        </label>
      </span>
      <SliderNumber
        id={id}
        optionKey={p.optionKey}
        value={p.value ?? CLIP_START}
        onChange={(v) => p.onChange(v)}
        sliderLabel={`${p.owner}: ${row ? tr(row.label) : p.optionKey}`}
        disabled={!on}
      />
    </div>
  );
}
