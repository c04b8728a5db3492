/**
 * The shared transport: restart, step back, play/pause, step forward, the step label, the
 * timeline and the speed, all driving one `Playback`. Each part reads only the signals it shows,
 * so a playing animation re-renders the timeline and the label, not the buttons or the speed.
 */
import type { JSX } from 'preact';
import { fmtInt, tr } from '../i18n.js';
import type { Playback } from './playback.js';
import './transport.css';

/** The speed slider spans 1 to 10^3.5 ≈ 3,162 steps/s on a log scale, in 0…100. */
const SPEED_DECADES = 3.5;

export function speedPosition(speed: number): number {
  return Math.round((Math.log10(Math.max(1, speed)) / SPEED_DECADES) * 100);
}

export function speedOf(position: number): number {
  return Math.max(1, Math.round(10 ** ((position / 100) * SPEED_DECADES)));
}

export interface TransportProps {
  playback: Playback;
  /** Prefix of the controls' ids: '' gives #play, #speed…; 'r-' gives #r-play, #r-speed… */
  idPrefix?: string;
  /** Called when the user sets the speed (a lab keeps it in its experiment's view). */
  onSpeed?(speed: number): void;
  /** The step label's words for step k of n (default "step k of n"; a fit may say epochs). */
  stepText?(k: string, n: string): string;
}

export function Transport({ playback, idPrefix = '', onSpeed, stepText }: TransportProps): JSX.Element {
  const id = (s: string) => `${idPrefix}${s}`;
  return (
    <div class="transport">
      <div class="buttons">
        <IconButton id={id('restart')} label={tr('lab-restart')} face="⇤" onClick={() => playback.seek(0)} />
        <IconButton
          id={id('step-back')}
          label={tr('lab-step-back')}
          face="◀"
          onClick={() => playback.stepBy(-1)}
        />
        <PlayButton playback={playback} id={id('play')} />
        <IconButton
          id={id('step-forward')}
          label={tr('lab-step-forward')}
          face="▶"
          onClick={() => playback.stepBy(1)}
        />
        <StepLabel playback={playback} text={stepText} />
      </div>
      <Timeline playback={playback} id={id('timeline')} text={stepText} />
      <Speed playback={playback} id={id('speed')} onSpeed={onSpeed} />
    </div>
  );
}

function IconButton(p: { id: string; label: string; face: string; onClick(): void }): JSX.Element {
  return (
    <button type="button" id={p.id} aria-label={p.label} title={p.label} onClick={p.onClick}>
      {p.face}
    </button>
  );
}

function PlayButton({ playback, id }: { playback: Playback; id: string }): JSX.Element {
  const playing = playback.playing.value;
  const label = playing ? tr('lab-pause') : tr('lab-play');
  return (
    <button
      type="button"
      id={id}
      class="primary play"
      aria-label={label}
      title={label}
      onClick={() => playback.toggle()}
    >
      {playing ? '❚❚' : '▶'}
    </button>
  );
}

type StepText = (k: string, n: string) => string;
const stepOf: StepText = (k, n) => tr('lab-step-of', { k, n });

function StepLabel({ playback, text = stepOf }: { playback: Playback; text?: StepText }): JSX.Element {
  return <span class="step-label">{text(fmtInt(playback.whole.value), fmtInt(playback.last.value))}</span>;
}

function Timeline(p: { playback: Playback; id: string; text?: StepText }): JSX.Element {
  const { playback, id, text = stepOf } = p;
  const k = playback.whole.value;
  const n = playback.last.value;
  return (
    <input
      id={id}
      class="timeline"
      type="range"
      min={0}
      max={n}
      step={1}
      value={k}
      aria-label={tr('lab-timeline')}
      aria-valuetext={text(fmtInt(k), fmtInt(n))}
      onInput={(ev) => playback.seek(Number(ev.currentTarget.value))}
    />
  );
}

function Speed(p: { playback: Playback; id: string; onSpeed?(speed: number): void }): JSX.Element {
  const speed = p.playback.speed.value;
  return (
    <div class="speed">
      <label for={p.id}>{tr('lab-speed')}</label>
      <input
        id={p.id}
        type="range"
        min={0}
        max={100}
        value={speedPosition(speed)}
        aria-valuetext={fmtInt(speed)}
        onInput={(ev) => {
          p.playback.speed.value = speedOf(Number(ev.currentTarget.value));
        }}
        onChange={() => p.onSpeed?.(p.playback.speed.peek())}
      />
      <output for={p.id}>{fmtInt(speed)}</output>
    </div>
  );
}
