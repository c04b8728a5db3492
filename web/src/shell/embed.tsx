/**
 * The shell's embed mode (`#…&embed=1`): the shown lab's Figure alone — its figure, its colours
 * and its transport — filling the frame it is in, with a small link that opens the same
 * experiment in the whole lab (a new tab) and the address's faults in one line. No header, tabs,
 * settings or side column. Loaded with `import()` only when an address asks for it.
 */
import { useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { lang, tr } from '../i18n.js';
import type { EmbedMark } from './address.js';
import type { Shell } from './store.js';
import { addressOf } from './write-address.js';
import './embed.css';

export interface EmbedProps {
  shell: Shell;
  mark: EmbedMark;
  /** This page's path and query (default: the location's), which the link keeps. */
  page?: string;
}

/** The whole lab's address for what the embed shows: this page, without the embed mark. */
function useOpenHref(shell: Shell, page: string) {
  return useComputed(() => {
    const e = shell.lab.value?.experiment.value;
    const hash = e ? addressOf(e, lang.value, shell.fileData) : '#';
    return hash === '#' ? page : `${page}${hash}`;
  });
}

/** The notices in one line (the first, and how many more): a frame has no room for a list. */
function NoticeLine({ shell }: { shell: Shell }): JSX.Element | null {
  const list = shell.notices.list.value.filter((n) => n.kind === 'error');
  const first = list[0];
  if (!first) return null;
  const text = list.length > 1 ? `${first.text} (+${list.length - 1})` : first.text;
  const dismiss = tr('lab-dismiss');
  return (
    <div class="embed-notice notice error" role="alert" title={list.map((n) => n.text).join('\n')}>
      <span>{text}</span>
      <button
        type="button"
        class="icon"
        aria-label={dismiss}
        title={dismiss}
        onClick={() => shell.notices.dismiss(first.id)}
      >
        ×
      </button>
    </div>
  );
}

export function Embed({
  shell,
  mark,
  page = `${location.pathname}${location.search}`,
}: EmbedProps): JSX.Element {
  const href = useOpenHref(shell, page);
  const lab = shell.lab.value;
  return (
    <main class="embed" data-embed={mark} data-lab={lab?.name} aria-label={tr('embed-region')}>
      <a class="embed-open" href={href} target="_blank" rel="noopener" title={tr('embed-open-title')}>
        {tr('embed-open')} ↗
      </a>
      <NoticeLine shell={shell} />
      <div class="embed-figure">
        {lab ? (
          // keyed by the lab: another lab's experiment (a study's row) mounts that lab's figure
          <lab.Figure key={lab.name} view3d={mark === '3d'} />
        ) : (
          <p class="loading" aria-busy="true">
            {tr('lab-loading')}
          </p>
        )}
      </div>
    </main>
  );
}
