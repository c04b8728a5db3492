/**
 * The shell wired to the page: the address follows the shown lab's experiment (replaceState, so
 * the back button is not flooded), `hashchange` opens what a pasted or edited address holds, the
 * keyboard drives the shown lab's transport, the tab's title follows the language, and
 * `window.descensoLab` answers the browser tests and the benchmark. While a lesson is shown the
 * address is the lesson's (`#lesson=peaks&step=3`), and Shift + arrows move between its steps.
 */
import { effect } from '@preact/signals';
import type { Experiment } from '../../../src/experiment/index.js';
import type { Lang } from '../../../src/i18n/index.js';
import { lang, tr } from '../i18n.js';
import type { EmbedMark } from './address.js';
import { withEmbed } from './embed-address.js';
import { lessonAddressOf } from './lesson-address.js';
import { shortcut } from './routing.js';
import type { Shell } from './store.js';
import { addressOf, urlOf } from './write-address.js';

export interface DescensoLabHandle {
  /** The shown lab's `inspect()` data, with its name (null while it loads). */
  current(): Record<string, unknown> | null;
  /** Opens an experiment as an import would. */
  open(e: Experiment): Promise<void>;
  /** The shown lab itself. */
  lab(): unknown;
  /** The labs this build has. */
  labs: readonly string[];
  importText(text: string): Promise<void>;
  /** The lesson shown (null: none, or the list): its id, step (1-based) and numbers as shown. */
  lesson(): Record<string, unknown> | null;
}

/** Shift + ← / → move between a lesson's steps (the arrows alone drive the lab's transport). */
function lessonKey(shell: Shell, ev: KeyboardEvent): boolean {
  const area = shell.lessons.peek();
  if (!shell.lessonShown.peek() || !area || !ev.shiftKey || ev.ctrlKey || ev.metaKey || ev.altKey)
    return false;
  if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return false;
  const tag = (ev.target as HTMLElement | null)?.tagName ?? '';
  // in a text field Shift + arrows select text
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return false;
  ev.preventDefault();
  if (ev.key === 'ArrowRight') area.next();
  else area.back();
  return true;
}

/** The shown lab's transport from the keyboard: space plays and pauses, arrows step (not while typing). */
function keyHandler(shell: Shell): (ev: KeyboardEvent) => void {
  return (ev) => {
    if (lessonKey(shell, ev)) return;
    const p = shell.lab.peek()?.playback;
    const what = p
      ? shortcut({
          key: ev.key,
          target: ev.target as HTMLElement | null,
          ctrlKey: ev.ctrlKey,
          metaKey: ev.metaKey,
          altKey: ev.altKey,
        })
      : null;
    if (!p || !what) return;
    ev.preventDefault();
    if (what === 'toggle') p.toggle();
    else p.stepBy(what === 'forward' ? 1 : -1);
  };
}

/** The address of what is shown: the lesson's while one is shown, else the shown lab's experiment. */
function addressNow(shell: Shell, l: Lang): string | null {
  const area = shell.lessonShown.value ? shell.lessons.value : null;
  if (area) {
    const r = area.route.value;
    return lessonAddressOf(r.id, r.step, l);
  }
  if (shell.lessonShown.value) return null; // the lessons still load
  const e = shell.lab.value?.experiment.value;
  return e ? addressOf(e, l, shell.fileData) : null;
}

/** `embed`: the page is an embedded figure, and its address keeps the mark as it follows the lab. */
export function connect(shell: Shell, win: Window = window, embed: EmbedMark | null = null): () => void {
  let lastHash = win.location.hash;
  const stops: (() => void)[] = [];

  stops.push(
    effect(() => {
      const l = lang.value;
      win.document.title = tr('lab-title');
      const written = addressNow(shell, l);
      if (written === null) return;
      const hash = embed ? withEmbed(written, embed) : written;
      if (hash === lastHash || (hash === '#' && win.location.hash === '')) return;
      lastHash = hash;
      win.history.replaceState(null, '', urlOf(hash, win.location.pathname + win.location.search));
    }),
  );

  const onHash = () => {
    // replaceState fires no hashchange; this is a pasted, edited or followed address
    if (win.location.hash === lastHash) return;
    lastHash = win.location.hash;
    void shell.openAddress(win.location.hash);
  };
  win.addEventListener('hashchange', onHash);
  stops.push(() => win.removeEventListener('hashchange', onHash));

  const onKey = keyHandler(shell);
  win.addEventListener('keydown', onKey);
  stops.push(() => win.removeEventListener('keydown', onKey));

  const handle: DescensoLabHandle = {
    current: () => {
      const l = shell.lab.peek();
      return l ? { name: l.name, ...l.inspect() } : null;
    },
    open: (e) => shell.open(e),
    lab: () => shell.lab.peek(),
    labs: shell.names,
    importText: (text) => shell.importText(text),
    lesson: () => (shell.lessonShown.peek() ? (shell.lessons.peek()?.inspect() ?? null) : null),
  };
  (win as unknown as { descensoLab: DescensoLabHandle }).descensoLab = handle;

  return () => {
    for (const s of stops) s();
  };
}
