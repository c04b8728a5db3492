/**
 * The shell's state: which lab is shown, the labs made so far (each made once, on its first
 * visit, and kept, so a tab switch keeps what was done there), the notices, and the routes in:
 * the address at start and on `hashchange`, an imported file, a lab's request to open another
 * lab's experiment. The address follows the shown lab's `experiment` (see `syncAddress`).
 * Lessons (`#lesson=…`) are an area of their own, loaded on demand: while one is shown, the
 * address is the lesson's, and the lab beside it is the shell's lab, opened by the lesson's steps;
 * a lab tab, a lab address or an imported experiment leaves it.
 */
import { batch, type ReadonlySignal, signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { isDescensoError } from '../../../src/errors.js';
import { type Experiment, experimentFromJson } from '../../../src/experiment/index.js';
import { lang, setLang, tr } from '../i18n.js';
import { readAddress, vetExperiment } from './address.js';
import { createFileData, type FileData, withFileData } from './file-data.js';
import type { Lab, LabContext, LabModule, LabName } from './lab.js';
import { isLessonAddress, readLessonAddress } from './lesson-address.js';
import { createNotices, type Notices } from './notices.js';
import { candidates, oneVariable } from './routing.js';

export type Loaders = Partial<Record<LabName, () => Promise<LabModule>>>;

/** The lessons' area as the shell sees it (web/src/lesson, loaded with import() on first use). */
export interface LessonArea {
  /** The lesson and step shown (id null: the list), for the address. */
  readonly route: ReadonlySignal<{ id: string | null; step: number }>;
  /** Shows lesson `id` at `step` (1-based; null: its first), or the list; names what is unknown. */
  go(id: string | null, step: number | null): void;
  next(): void;
  back(): void;
  /** Opens a teacher's lesson file (kept for the tab's session), or says in a notice why not. */
  importText(text: string): void;
  readonly View: ComponentType;
  /** The lesson shown for the browser tests (null: the list). */
  inspect(): Record<string, unknown> | null;
  dispose(): void;
}

/** What the lessons' area may use of the shell. */
export interface LessonShell {
  open(e: Experiment): Promise<void>;
  readonly lab: ReadonlySignal<Lab | null>;
  /** Whether the lessons are shown (a lab tab hides them, and the lab is the student's again). */
  readonly shown: ReadonlySignal<boolean>;
  notify(text: string, kind?: 'error' | 'info'): void;
  readonly storage: Storage | null;
}

export type LessonLoader = () => Promise<{ createLessons(shell: LessonShell): LessonArea }>;

/** Whether a file's text is a lesson (its `steps` a list) rather than an experiment. */
function looksLikeLesson(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && Array.isArray((v as { steps?: unknown }).steps);
  } catch {
    return false;
  }
}

export interface Shell {
  /** The tab shown. */
  readonly current: ReadonlySignal<LabName>;
  /** The lab shown, once made (null while its module loads). */
  readonly lab: ReadonlySignal<Lab | null>;
  readonly notices: Notices;
  readonly fileData: FileData;
  /** The labs this build has (a tab per lab). */
  readonly names: readonly LabName[];
  /** Shows a lab's tab, making the lab on its first visit. */
  show(name: LabName): Promise<void>;
  /** Opens `e` in the lab that accepts it. */
  open(e: Experiment): Promise<void>;
  /** Opens what an address holds, saying what it ignored. */
  openAddress(hash: string): Promise<void>;
  /** Opens an imported JSON file: an experiment, or a lesson. */
  importText(text: string): Promise<void>;
  /** The lessons' area, once loaded. */
  readonly lessons: ReadonlySignal<LessonArea | null>;
  /** Whether the lessons' area is shown instead of a lab's panel. */
  readonly lessonShown: ReadonlySignal<boolean>;
  /** Shows lesson `id` at `step` (1-based), or the list (id null). */
  openLesson(id: string | null, step?: number | null): Promise<void>;
  dispose(): void;
}

export function createShell(
  loaders: Loaders,
  storage: Storage | null = null,
  loadLessons: LessonLoader | null = () => import('../lesson/index.js'),
): Shell {
  const names = (['surface', 'regression', 'derivative', 'study'] as const).filter((n) => loaders[n]);
  const current = signal<LabName>(names[0] ?? 'surface');
  const lab = signal<Lab | null>(null);
  const notices = createNotices();
  const fileData = createFileData(storage);
  const modules = new Map<LabName, Promise<LabModule>>();
  const labs = new Map<LabName, Lab>();
  let shown = 0; // the latest request to show a lab wins over a slower earlier one
  const lessons = signal<LessonArea | null>(null);
  const lessonShown = signal(false);
  let lessonsLoading: Promise<LessonArea | null> | null = null;

  const moduleOf = (name: LabName): Promise<LabModule> | null => {
    const load = loaders[name];
    if (!load) return null;
    let m = modules.get(name);
    if (!m) {
      m = load();
      modules.set(name, m);
      // a module that fails to load may load on the next try (a network blip)
      m.catch(() => modules.delete(name));
    }
    return m;
  };

  const context: LabContext = {
    notify: (text, kind) => notices.notify(text, kind),
    open: (e) => void open(e),
    experimentOf: (name) => labs.get(name)?.experiment.peek() ?? null,
    importLesson: (text) => {
      if (!looksLikeLesson(text)) return false;
      void importText(text);
      return true;
    },
  };

  /** Shows `name`, made with `initial` (its default when absent) on its first visit, or opening `initial` in it. */
  async function showWith(name: LabName, initial?: Experiment): Promise<void> {
    const ticket = ++shown;
    const m = moduleOf(name);
    if (!m) return;
    labs.get(current.peek())?.playback?.pause();
    batch(() => {
      current.value = name;
      lab.value = labs.get(name) ?? null;
    });
    let made = labs.get(name);
    try {
      const mod = await m;
      if (!made) {
        made = mod.create(initial ?? mod.defaultExperiment, context);
        labs.set(name, made);
      } else if (initial) made.open(initial);
    } catch (err) {
      notices.notify(String(err), 'error');
      return;
    }
    if (ticket === shown) lab.value = made;
  }

  async function open(e: Experiment): Promise<void> {
    for (const name of candidates(e)) {
      const m = moduleOf(name);
      if (!m) continue;
      const mod = await m.catch(() => null);
      if (mod?.accepts(e)) {
        if (name === 'derivative' && oneVariable(e)) notices.notify(tr('lab-surface-one-var'), 'info');
        return showWith(name, e);
      }
    }
    notices.notify(tr('lab-not-available', { kind: e.kind }), 'error');
    // the page never stays empty: the first lab there is, on its default
    const first = names[0];
    if (!lab.peek() && first) await showWith(first);
  }

  function lessonArea(): Promise<LessonArea | null> {
    if (!loadLessons) return Promise.resolve(null);
    lessonsLoading ??= loadLessons().then(
      (m) => {
        const area = m.createLessons({ open, lab, shown: lessonShown, notify: notices.notify, storage });
        lessons.value = area;
        return area;
      },
      (err) => {
        lessonsLoading = null; // a module that fails to load may load on the next try
        notices.notify(String(err), 'error');
        return null;
      },
    );
    return lessonsLoading;
  }

  async function openLesson(id: string | null, step: number | null = null): Promise<void> {
    lessonShown.value = true;
    const area = await lessonArea();
    if (area && lessonShown.peek()) area.go(id, step);
  }

  async function openAddress(hash: string): Promise<void> {
    if (isLessonAddress(hash)) {
      const a = readLessonAddress(hash);
      if (a.lang) setLang(a.lang);
      for (const error of a.errors) notices.notify(error.messageIn(lang.peek()), 'error');
      return openLesson(a.id, a.step);
    }
    lessonShown.value = false;
    const a = readAddress(hash);
    if (a.lang) setLang(a.lang);
    const errors = a.errors.map((err) => err.messageIn(lang.peek()));
    const e = withFileData(a.experiment, a.view, fileData, errors, {
      setting: (setting) => tr('lab-address-setting', { setting }),
      missing: () => tr('lab-data-not-included'),
    });
    for (const error of errors) notices.notify(error, 'error');
    await open(e);
  }

  async function importText(text: string): Promise<void> {
    if (looksLikeLesson(text)) {
      lessonShown.value = true;
      (await lessonArea())?.importText(text);
      return;
    }
    try {
      // a file goes through the same checks as an address: names are looked up as own properties
      const vetted = vetExperiment(experimentFromJson(text));
      if (vetted.error) throw vetted.error;
      lessonShown.value = false;
      await open(vetted.experiment);
      notices.notify(tr('lab-imported'), 'info');
    } catch (err) {
      const reason = isDescensoError(err) ? err.messageIn(lang.peek()) : String(err);
      notices.notify(tr('lab-import-failed', { reason }), 'error');
    }
  }

  return {
    current,
    lab,
    notices,
    fileData,
    names,
    show: (name) => {
      lessonShown.value = false;
      return name === current.peek() && lab.peek() ? Promise.resolve() : showWith(name);
    },
    open,
    openAddress,
    importText,
    lessons,
    lessonShown,
    openLesson,
    dispose: () => {
      lessons.peek()?.dispose();
      for (const l of labs.values()) l.dispose();
      labs.clear();
    },
  };
}
