/**
 * The "Explain this step" section of the surface lab: a closed <details> in the first load; the
 * panel and the explainer (src/optim/explain.ts) load with `import()` the first time it opens.
 */
import { useSignal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';
import { tr } from '../../i18n.js';
import type { SurfaceLabStore } from '../store.js';

type PanelType = ComponentType<{ store: SurfaceLabStore }>;

export function ExplainSlot({ store }: { store: SurfaceLabStore }): JSX.Element {
  const open = useSignal(false);
  const Panel = useSignal<PanelType | null>(null);
  const onToggle = async (ev: Event) => {
    const isOpen = (ev.currentTarget as HTMLDetailsElement).open;
    if (isOpen && !Panel.value) Panel.value = (await import('./explain-panel.js')).ExplainPanel;
    open.value = isOpen;
  };
  const P = Panel.value;
  return (
    <details id="explain" class="explain-slot" onToggle={(ev) => void onToggle(ev)}>
      <summary id="explain-toggle">{tr('explain-title')}</summary>
      {open.value && P ? <P store={store} /> : null}
    </details>
  );
}
