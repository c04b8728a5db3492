/**
 * The "Embed" dialog: the iframe HTML that shows the current experiment's figure (the shell's
 * address writer, with the embed mark), its width and height, a Copy button (the clipboard, else
 * the text selected for Ctrl+C) and a live preview of the embed at that size, scaled to fit. A
 * native modal <dialog>: the page behind is inert while it is open, Esc closes it.
 */
import { type ReadonlySignal, type Signal, useComputed, useSignal, useSignalEffect } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { lang, tr } from '../i18n.js';
import { NumberField } from '../kit/number-field.js';
import {
  EMBED_SIZE,
  iframeHtml,
  type PageLocation,
  pageUrl,
  type Snippet,
  withEmbed,
} from './embed-address.js';
import type { LabName } from './lab.js';
import type { Shell } from './store.js';
import { addressOf } from './write-address.js';
import './embed.css';

export interface EmbedDialogProps {
  shell: Shell;
  onClose(): void;
  /** Where this page is (default: the location): the snippet's address is beside it. */
  at?: PageLocation;
}

/** A size that shows each lab's figure well: the map is square, two charts sit side by side. */
const DEFAULT_SIZE: Record<LabName, { width: number; height: number }> = {
  surface: { width: 560, height: 620 },
  regression: { width: 880, height: 440 },
  derivative: { width: 880, height: 420 },
  study: { width: 800, height: 560 },
};

function useSnippet(
  shell: Shell,
  at: PageLocation,
  size: { width: Signal<number>; height: Signal<number> },
  view3d: Signal<boolean>,
): ReadonlySignal<Snippet> {
  return useComputed((): Snippet => {
    const lab = shell.lab.value;
    const e = lab?.experiment.value;
    const hash = e ? addressOf(e, lang.value, shell.fileData) : '#';
    const name = lab?.name ?? 'surface';
    return {
      src: pageUrl(at, withEmbed(hash, view3d.value && name === 'surface' ? '3d' : '1')),
      width: size.width.value,
      height: size.height.value,
      title: tr('embed-frame-title', { lab: tr(`lab-tab-${name}`) }),
    };
  });
}

/** Copies `text`; when the clipboard refuses, selects it in `area` for the user's own Ctrl+C. */
async function copy(text: string, area: HTMLTextAreaElement | null): Promise<'copied' | 'manual'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    area?.focus();
    area?.select();
    return 'manual';
  }
}

type Size = { width: Signal<number>; height: Signal<number> };

export function EmbedDialog({ shell, onClose, at = location }: EmbedDialogProps): JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const first = DEFAULT_SIZE[shell.lab.peek()?.name ?? 'surface'];
  const size = { width: useSignal(first.width), height: useSignal(first.height) };
  const view3d = useSignal(false);
  const snippet = useSnippet(shell, at, size, view3d);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      id="embed-dialog"
      class="embed-dialog"
      aria-labelledby="embed-dialog-h"
      onClose={onClose}
    >
      <div class="embed-dialog-head">
        <h2 id="embed-dialog-h">{tr('embed-dialog-title')}</h2>
        <button
          type="button"
          class="icon"
          id="embed-close"
          aria-label={tr('embed-close')}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </div>
      <p class="help">{tr('embed-dialog-help')}</p>
      <Sizes size={size} view3d={shell.lab.value?.name === 'surface' ? view3d : null} />
      <Code snippet={snippet} />
      <h3 class="embed-preview-h">{tr('embed-preview')}</h3>
      <Preview snippet={snippet} />
    </dialog>
  );
}

/** The frame's width and height in pixels, and the 3-D choice where the lab has one. */
function Sizes({ size, view3d }: { size: Size; view3d: Signal<boolean> | null }): JSX.Element {
  return (
    <div class="embed-sizes">
      <NumberField
        id="embed-width"
        label={tr('embed-width')}
        integer
        {...EMBED_SIZE.width}
        value={size.width.value}
        onCommit={(v) => (size.width.value = v)}
      />
      <NumberField
        id="embed-height"
        label={tr('embed-height')}
        integer
        {...EMBED_SIZE.height}
        value={size.height.value}
        onCommit={(v) => (size.height.value = v)}
      />
      {view3d && (
        <label class="embed-3d">
          <input
            type="checkbox"
            id="embed-3d"
            checked={view3d.value}
            onChange={(ev) => (view3d.value = ev.currentTarget.checked)}
          />
          {tr('embed-3d')}
        </label>
      )}
    </div>
  );
}

/** The snippet to paste, and Copy with what it did. */
function Code({ snippet }: { snippet: ReadonlySignal<Snippet> }): JSX.Element {
  const area = useRef<HTMLTextAreaElement>(null);
  const copied = useSignal<'copied' | 'manual' | null>(null);
  const html = useComputed(() => iframeHtml(snippet.value));
  // a new snippet is not the one copied
  useSignalEffect(() => {
    html.value;
    copied.value = null;
  });
  const said = { copied: tr('embed-copied'), manual: tr('embed-copy-manual') };
  return (
    <>
      <label for="embed-code" class="embed-code-label">
        {tr('embed-code')}
      </label>
      <textarea id="embed-code" ref={area} readOnly rows={4} spellcheck={false} value={html.value} />
      <div class="embed-copy-row">
        <button
          type="button"
          id="embed-copy"
          class="primary"
          onClick={async () => (copied.value = await copy(html.peek(), area.current))}
        >
          {tr('embed-copy')}
        </button>
        <span role="status" class="help">
          {copied.value ? said[copied.value] : ''}
        </span>
      </div>
    </>
  );
}

/** The embed as the page will show it, at its size, scaled down to the dialog's width. */
function Preview({ snippet }: { snippet: ReadonlySignal<Snippet> }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const room = useSignal(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      room.value = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const { src, width, height, title } = snippet.value;
  const scale = room.value > 0 ? Math.min(1, room.value / width) : 1;
  return (
    <div class="embed-preview" ref={box} style={{ height: `${Math.ceil(height * scale)}px` }}>
      <iframe
        id="embed-preview"
        src={src}
        width={width}
        height={height}
        title={title}
        style={{ transform: `scale(${scale})` }}
      />
    </div>
  );
}
