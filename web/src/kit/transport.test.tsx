import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n.js';
import { createPlayback } from './playback.js';
import { speedOf, speedPosition, Transport } from './transport.js';

afterEach(() => setLang('en'));

/** A playback that never schedules a frame (the tests set its signals by hand). */
const still = () => createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0, speed: 40 });

describe('Transport', () => {
  it('Transport(paused) renders #play as ▶ labelled Play, the step label and the timeline at the step', () => {
    const p = still();
    p.last.value = 200;
    p.seek(30);
    const html = render(<Transport playback={p} />);
    expect(html).toMatch(
      /<button type="button" id="play" class="primary play" aria-label="Play" title="Play">▶<\/button>/,
    );
    expect(html).toContain('<span class="step-label">step 30 of 200</span>');
    expect(html).toMatch(
      /<input id="timeline" class="timeline" type="range" min="0" max="200" step="1" value="30"/,
    );
    expect(html).toContain('aria-label="Step back"');
    expect(html).toContain('<label for="speed">Speed (steps/s)</label>');
  });
  it('Transport(playing, es, "r-") renders #r-play as ❚❚ labelled Pausa, ids prefixed', () => {
    setLang('es');
    const p = still();
    p.last.value = 10;
    p.play();
    const html = render(<Transport playback={p} idPrefix="r-" />);
    expect(html).toMatch(/id="r-play" class="primary play" aria-label="Pausa" title="Pausa">❚❚</);
    expect(html).toContain('id="r-step-forward"');
    expect(html).toContain('id="r-speed"');
    expect(html).toContain('paso 0 de 10');
  });
  it('Transport(stepText) words the step label and the timeline’s value text its own way', () => {
    const p = still();
    p.last.value = 60;
    p.seek(5);
    const html = render(<Transport playback={p} stepText={(k, n) => `epoch ${k} of ${n}`} />);
    expect(html).toContain('<span class="step-label">epoch 5 of 60</span>');
    expect(html).toContain('aria-valuetext="epoch 5 of 60"');
  });
  it('speedOf(speedPosition(s)) gives s back within the slider’s rounding, from 1 to 3,162 steps/s', () => {
    expect(speedOf(0)).toBe(1);
    expect(speedOf(100)).toBe(3162);
    for (const s of [1, 10, 40, 400, 3000])
      expect(Math.abs(speedOf(speedPosition(s)) - s) / s).toBeLessThan(0.05);
  });
});
