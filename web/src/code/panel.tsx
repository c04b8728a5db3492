/**
 * The Code panel: the shown lab's current experiment as a script in four frameworks (NumPy,
 * PyTorch, TensorFlow, JAX), one tab each, with copy and download. The script is a computed value
 * of the experiment signal, so it always shows the experiment as it is now; an experiment with no
 * script (a derivative study) shows why, in the current language. The script's comments and
 * printed messages are in the lab's language too (its code and its CSV are the same in both).
 */
import { type ReadonlySignal, type Signal, useComputed, useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { isDescensoError } from '../../../src/errors.js';
import type { Experiment } from '../../../src/experiment/index.js';
import { type ExportTarget, exportScript, exportTargets } from '../../../src/export/index.js';
import { lang, tr } from '../i18n.js';
import { saveText } from '../kit/download.js';
import './code.css';

export interface CodePanelProps {
  experiment: ReadonlySignal<Experiment | null>;
  onClose(): void;
}

const LABELS: Record<ExportTarget, string> = {
  numpy: 'NumPy',
  pytorch: 'PyTorch',
  tensorflow: 'TensorFlow',
  jax: 'JAX',
};

/** The script of `e` for `target` with its comments and messages in `l`, or the reason there is none (in `l`). */
export function scriptOf(
  e: Experiment | null,
  target: ExportTarget,
  l: 'es' | 'en',
): { script?: string; error?: string } {
  if (!e) return {};
  try {
    return { script: exportScript(e, target, { lang: l }) };
  } catch (err) {
    if (isDescensoError(err)) return { error: err.messageIn(l) };
    throw err;
  }
}

/** The next target for a key of the tab list (arrows wrap, Home and End go to the ends), or null. */
export function nextTarget(key: string, current: ExportTarget): ExportTarget | null {
  const i = exportTargets.indexOf(current);
  const n = exportTargets.length;
  const to: Record<string, number> = {
    ArrowRight: i + 1,
    ArrowDown: i + 1,
    ArrowLeft: i - 1,
    ArrowUp: i - 1,
    Home: 0,
    End: n - 1,
  };
  return Object.hasOwn(to, key) ? exportTargets[(to[key] + n) % n] : null;
}

/**
 * The four targets as a tab list: the selected tab alone is in the Tab order, and the arrow keys
 * (Home, End) move the selection and the focus, as a tab list does.
 */
function CodeTabs({ target }: { target: Signal<ExportTarget> }): JSX.Element {
  const onKey = (ev: KeyboardEvent & { currentTarget: HTMLDivElement }) => {
    const next = nextTarget(ev.key, target.value);
    if (!next) return;
    ev.preventDefault();
    target.value = next;
    ev.currentTarget.querySelector<HTMLButtonElement>(`#code-tab-${next}`)?.focus();
  };
  return (
    <div class="code-tabs" role="tablist" aria-label={tr('code-title')} onKeyDown={onKey}>
      {exportTargets.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`code-tab-${t}`}
          aria-selected={t === target.value ? 'true' : 'false'}
          aria-controls="code-body"
          tabIndex={t === target.value ? 0 : -1}
          class={t === target.value ? 'code-tab on' : 'code-tab'}
          onClick={() => (target.value = t)}
        >
          {LABELS[t]}
        </button>
      ))}
    </div>
  );
}

export function CodePanel({ experiment, onClose }: CodePanelProps): JSX.Element {
  const target = useSignal<ExportTarget>('numpy');
  const copied = useSignal<'no' | 'copied' | 'selected'>('no');
  const result = useComputed(() => scriptOf(experiment.value, target.value, lang.value));
  const { script, error } = result.value;
  const copy = async () => {
    if (!script) return;
    try {
      await navigator.clipboard.writeText(script);
      copied.value = 'copied';
    } catch {
      // no clipboard here (a page that is not a secure context, a denied permission): the script
      // is selected instead, for the user's own copy keys
      const text = document.getElementById('code-text');
      const selection = window.getSelection();
      if (text && selection) selection.selectAllChildren(text);
      copied.value = 'selected';
    }
    setTimeout(() => (copied.value = 'no'), 2500);
  };
  return (
    <section class="code-panel" id="code-panel" aria-label={tr('code-title')}>
      <div class="code-head">
        <h2>{tr('code-title')}</h2>
        <CodeTabs target={target} />
        <div class="code-tools">
          <button type="button" id="code-copy" disabled={!script} onClick={() => void copy()}>
            {copied.value === 'no'
              ? tr('code-copy')
              : tr(copied.value === 'copied' ? 'code-copied' : 'code-selected')}
          </button>
          <button
            type="button"
            id="code-download"
            disabled={!script}
            onClick={() => script && saveText(`descenso-${target.value}.py`, script, 'text/x-python')}
          >
            {tr('code-download')}
          </button>
          <button
            type="button"
            id="code-close"
            class="icon"
            aria-label={tr('code-close')}
            title={tr('code-close')}
            onClick={onClose}
          >
            ×
          </button>
        </div>
      </div>
      <p class="code-note">{tr('code-note')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel whose code scrolls is reached by Tab, so the keys can scroll it */}
      <div id="code-body" role="tabpanel" tabIndex={0} aria-labelledby={`code-tab-${target.value}`}>
        {error ? (
          <p class="code-error" role="status">
            {error}
          </p>
        ) : (
          <pre class="code-text" id="code-text" data-target={target.value}>
            <code>{script ?? ''}</code>
          </pre>
        )}
      </div>
    </section>
  );
}
