/**
 * The lab's page: a skip link, the header (brand, a tab per lab, the header's actions, the
 * language), the notices, and the shown lab's own panel. Each part reads only the signals it
 * shows: a language change re-renders words, a tab switch re-renders the tabs and the main area.
 * An address with `embed=1` gets the embed mode instead (embed.tsx, loaded on demand): the shown
 * lab's Figure alone, filling the frame.
 */
import { useSignal } from '@preact/signals';
import type { ComponentChildren, ComponentType, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../../src/i18n/index.js';
import { lang, setLang, tr } from '../i18n.js';
import type { EmbedMark } from './address.js';
import type { EmbedProps } from './embed.js';
import { EmbedButton } from './embed-button.js';
import type { LabName } from './lab.js';
import type { Notices } from './notices.js';
import type { Shell } from './store.js';

export interface AppProps {
  shell: Shell;
  /** Buttons for the header's actions area (the code panel's button, later). */
  actions?: ComponentChildren;
  /** The address's embed mark, read once at start (null: the whole lab). */
  embed?: EmbedMark | null;
}

export function App({ shell, actions, embed }: AppProps): JSX.Element {
  if (embed) return <EmbedMode shell={shell} mark={embed} />;
  return <WholeLab shell={shell} actions={actions} />;
}

/** The embed mode's component, fetched on first use (a visitor of the whole lab never loads it). */
function EmbedMode(p: EmbedProps): JSX.Element {
  const Embed = useSignal<ComponentType<EmbedProps> | null>(null);
  useEffect(() => {
    void import('./embed.js').then((m) => {
      Embed.value = m.Embed;
    });
  }, []);
  const E = Embed.value;
  return E ? (
    <E {...p} />
  ) : (
    <p class="loading" aria-busy="true">
      {tr('lab-loading')}
    </p>
  );
}

function WholeLab({ shell, actions }: Omit<AppProps, 'embed'>): JSX.Element {
  const main = useRef<HTMLElement>(null);
  return (
    <>
      {/* a button, not a link to #main: the hash is the experiment's */}
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        {tr('lab-skip')}
      </button>
      <header class="top">
        <div class="brand">
          <h1>{tr('lab-title')}</h1>
          <span class="tagline">{tr('lab-tagline')}</span>
        </div>
        <Tabs shell={shell} />
        <div class="header-actions">
          <EmbedButton shell={shell} />
          {actions}
        </div>
        <LangSelect />
      </header>
      <NoticeList notices={shell.notices} />
      <main id="main" ref={main} tabIndex={-1}>
        {shell.lessonShown.value ? <LessonsView shell={shell} /> : <LabView shell={shell} />}
      </main>
    </>
  );
}

function Tabs({ shell }: { shell: Shell }): JSX.Element {
  const current = shell.lessonShown.value ? null : shell.current.value;
  return (
    <nav class="tabs" aria-label={tr('lab-tabs')}>
      {shell.names.map((name: LabName) => (
        <button
          key={name}
          type="button"
          id={`tab-${name}`}
          class={name === current ? 'tab on' : 'tab'}
          aria-pressed={name === current ? 'true' : 'false'}
          onClick={() => void shell.show(name)}
        >
          {tr(`lab-tab-${name}`)}
        </button>
      ))}
      <LessonsTab shell={shell} />
    </nav>
  );
}

function LangSelect(): JSX.Element {
  const l = lang.value;
  return (
    <div class="lang">
      <label for="lang">{tr('lab-language')}</label>
      <select id="lang" value={l} onChange={(ev) => setLang(ev.currentTarget.value as Lang)}>
        <option value="es" selected={l === 'es'}>
          Español
        </option>
        <option value="en" selected={l === 'en'}>
          English
        </option>
      </select>
    </div>
  );
}

function NoticeList({ notices }: { notices: Notices }): JSX.Element {
  const dismiss = tr('lab-dismiss');
  return (
    <div class="notices" role="status" aria-live="polite">
      {notices.list.value.map((n) => (
        <div key={n.id} class={`notice ${n.kind}`} data-text={n.text}>
          <span>{n.text}</span>
          <button
            type="button"
            class="icon"
            aria-label={dismiss}
            title={dismiss}
            onClick={() => notices.dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

function LabView({ shell }: { shell: Shell }): JSX.Element {
  const lab = shell.lab.value;
  if (!lab)
    return (
      <p class="loading" aria-busy="true">
        {tr('lab-loading')}
      </p>
    );
  // keyed by the lab, so a tab switch mounts that lab's panel afresh from its store
  return <lab.View key={lab.name} />;
}

/** The header's entry to the lessons: their list. */
function LessonsTab({ shell }: { shell: Shell }): JSX.Element {
  const on = shell.lessonShown.value;
  return (
    <button
      type="button"
      id="tab-lessons"
      class={on ? 'tab on' : 'tab'}
      aria-pressed={on ? 'true' : 'false'}
      onClick={() => void shell.openLesson(null)}
    >
      {tr('lesson-lab-tab')}
    </button>
  );
}

function LessonsView({ shell }: { shell: Shell }): JSX.Element {
  const area = shell.lessons.value;
  if (!area)
    return (
      <p class="loading" aria-busy="true">
        {tr('lab-loading')}
      </p>
    );
  return <area.View />;
}
