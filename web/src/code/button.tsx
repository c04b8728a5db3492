/**
 * The header's "Code" button: small on purpose, since the header is in the first load. The panel
 * and the exporters (src/export) load with `import()` on the first click, in a chunk of their own.
 */
import type { ReadonlySignal } from '@preact/signals';
import { useSignal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';
import type { Experiment } from '../../../src/experiment/index.js';
import { tr } from '../i18n.js';
import type { CodePanelProps } from './panel.js';

export interface CodeButtonProps {
  /** The experiment the shown lab shows (null while it loads). */
  experiment: ReadonlySignal<Experiment | null>;
}

export function CodeButton({ experiment }: CodeButtonProps): JSX.Element {
  const open = useSignal(false);
  const Panel = useSignal<ComponentType<CodePanelProps> | null>(null);
  const toggle = async () => {
    if (!Panel.value) Panel.value = (await import('./panel.js')).CodePanel;
    open.value = !open.value;
  };
  const P = Panel.value;
  return (
    <div class="code-action">
      <button
        type="button"
        id="code"
        class="code-button"
        aria-expanded={open.value ? 'true' : 'false'}
        onClick={() => void toggle()}
      >
        {tr('code-button')}
      </button>
      {open.value && P ? <P experiment={experiment} onClose={() => (open.value = false)} /> : null}
    </div>
  );
}
