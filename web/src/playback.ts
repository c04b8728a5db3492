import { tr } from './i18n.js';

/**
 * The play loop the animated labs share: each animation frame advances the lab by the seconds
 * elapsed (at most 0.1 s, so a tab coming back from the background does not jump), until the lab
 * says it reached the end; and the play/pause button's face and label, which follow the state.
 */
export class Playback {
  playing = false;
  private raf = 0;
  private lastT = 0;

  /** `advance(dt)` moves the lab on by dt seconds and draws; it returns false at the end. */
  constructor(
    private readonly button: HTMLButtonElement,
    private readonly advance: (dt: number) => boolean,
  ) {}

  play(): void {
    this.playing = true;
    this.lastT = performance.now();
    this.updateButton();
    cancelAnimationFrame(this.raf);
    const tick = (t: number) => {
      if (!this.playing) return;
      const dt = Math.max(0, Math.min(0.1, (t - this.lastT) / 1000));
      this.lastT = t;
      if (!this.advance(dt)) {
        this.pause();
        return;
      }
      this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.raf);
    this.updateButton();
  }

  updateButton(): void {
    const label = this.playing ? tr('lab-pause') : tr('lab-play');
    this.button.textContent = this.playing ? '❚❚' : '▶';
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
  }
}
