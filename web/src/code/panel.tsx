/**
 * The Code panel: the shown lab's current experiment as a script in four frameworks (NumPy,
 * PyTorch, TensorFlow, JAX), one tab each, with copy and download. The script is a computed value
 * of the experiment signal, so it always shows the experiment as it is now; an experiment with no
 * script (a derivative study) shows why, in the current language.
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

/** The script of `e` for `target`, or the reason there is none (in `lang`). */
export function scriptOf(
  e: Experiment | null,
  target: ExportTarget,
  l: 'es' | 'en',
): { script?: string; error?: string } {
  if (!e) return {};
  try {
    return { script: exportScript(e, target) };
  } catch (err) {
    if (isDescensoError(err)) return { error: err.messageIn(l) };
    throw err;
  }
}

/** The four targets as tabs: the one shown is pressed. */
function CodeTabs({ target }: { target: Signal<ExportTarget> }): JSX.Element {
  return (
    <div class="code-tabs" role="tablist">
      {exportTargets.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`code-tab-${t}`}
          aria-selected={t === target.value ? 'true' : 'false'}
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
  const copied = useSignal(false);
  const result = useComputed(() => scriptOf(experiment.value, target.value, lang.value));
  const { script, error } = result.value;
  const copy = async () => {
    if (!script) return;
    await navigator.clipboard.writeText(script);
    copied.value = true;
    setTimeout(() => (copied.value = false), 1500);
  };
  return (
    <section class="code-panel" id="code-panel" aria-label={tr('code-title')}>
      <div class="code-head">
        <h2>{tr('code-title')}</h2>
        <CodeTabs target={target} />
        <div class="code-tools">
          <button type="button" id="code-copy" disabled={!script} onClick={() => void copy()}>
            {copied.value ? tr('code-copied') : tr('code-copy')}
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
      {error ? (
        <p class="code-error" role="status">
          {error}
        </p>
      ) : (
        <pre class="code-text" id="code-text" data-target={target.value}>
          <code>{script ?? ''}</code>
        </pre>
      )}
    </section>
  );
}
