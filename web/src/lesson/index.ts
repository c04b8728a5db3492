/**
 * The lessons' area as the shell loads it (`import()` on the first `#lesson` address, the Lessons
 * tab or a lesson file imported): the store, its step runner, the teacher's lessons kept for the
 * tab's session, and the view — the list, or a lesson beside the shell's live lab.
 */
import { h } from 'preact';
import { isDescensoError } from '../../../src/errors.js';
import { lessonFromJson } from '../../../src/lessons/schema.js';
import type { Bilingual, Lesson } from '../../../src/lessons/types.js';
import { getLang, tr } from '../i18n.js';
import { vetExperiment } from '../shell/address.js';
import type { LessonArea, LessonShell } from '../shell/store.js';
import { catalog } from './catalog.js';
import { LessonList } from './list.js';
import { LessonPage } from './page.js';
import { createStepRunner } from './runner.js';
import { createLessonStore, type LessonStore } from './store.js';
import './lesson.css';

/** Where a tab keeps its teachers' lessons (their files' text), so a reload still opens them. */
export const SESSION_KEY = 'descenso-lessons';
/** At most this many teachers' lessons are kept in a tab (the newest). */
const KEPT = 8;

function readKept(storage: Storage | null): string[] {
  try {
    const v: unknown = JSON.parse(storage?.getItem(SESSION_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, KEPT) : [];
  } catch {
    return [];
  }
}

function keep(storage: Storage | null, text: string, id: string): void {
  const others = readKept(storage).filter((t) => {
    try {
      return lessonFromJson(t).id !== id;
    } catch {
      return false;
    }
  });
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify([text, ...others].slice(0, KEPT)));
  } catch {
    // storage full or disabled: the lesson lives as long as the page
  }
}

function Root({ store, shell }: { store: LessonStore; shell: LessonShell }) {
  return store.lesson.value ? h(LessonPage, { store, lab: shell.lab }) : h(LessonList, { store });
}

export function createLessons(shell: LessonShell): LessonArea {
  const runner = createStepRunner();
  const kept: Lesson[] = [];
  for (const text of readKept(shell.storage)) {
    try {
      kept.push(lessonFromJson(text));
    } catch {
      // a kept file that no longer reads (an older version) is left out
    }
  }
  const store = createLessonStore(catalog, {
    open: shell.open,
    lab: shell.lab,
    active: shell.shown,
    notify: shell.notify,
    runStep: runner.run,
    vet: (e) => {
      const { error } = vetExperiment(e);
      if (!error) return null;
      // the address's wrapper ("…the default one is shown") does not fit a lesson: its reason does
      if (error.code === 'lab-address-experiment') return error.params as Bilingual;
      return { es: error.messageIn('es'), en: error.messageIn('en') };
    },
  });
  store.imported.value = kept;
  return {
    route: store.route,
    go: store.go,
    next: store.next,
    back: store.back,
    importText: (text) => {
      try {
        const lesson = lessonFromJson(text);
        keep(shell.storage, text, lesson.id);
        store.add(lesson);
        shell.notify(tr('lesson-lab-imported', { title: lesson.title[getLang()] }), 'info');
      } catch (err) {
        const reason = isDescensoError(err) ? err.messageIn(getLang()) : String(err);
        shell.notify(tr('lesson-lab-import-failed', { reason }), 'error');
      }
    },
    View: () => h(Root, { store, shell }),
    inspect: store.inspect,
    dispose: () => {
      store.dispose();
      runner.dispose();
    },
  };
}
