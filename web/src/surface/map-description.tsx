/**
 * The map in words for screen readers (the step shown, where each run is, how it ended), as a live
 * region the map and the value chart name as their description (#surface-describe). Paused, it
 * follows every step and scrub; playing, it speaks every 1.5 s — and only this component re-renders.
 */
import { useComputed } from '@preact/signals';
import { lang } from '../i18n.js';
import { PlayingLiveText } from '../kit/fields.js';
import { describeMap } from './layers/describe.js';
import type { SurfaceStore } from './types.js';

export function MapDescription({ store }: { store: SurfaceStore }) {
  const text = useComputed(() => {
    lang.value;
    return describeMap(
      store.runs.value,
      store.playback.whole.value,
      store.playback.last.value,
      store.computing.value ? store.progress.value : null,
    );
  });
  return <PlayingLiveText id="surface-describe" text={text} playing={store.playback.playing} />;
}
