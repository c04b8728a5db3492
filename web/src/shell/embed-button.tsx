/**
 * The header's "Embed" button: small on purpose, since the header is in the first load. The
 * dialog with the iframe snippet (embed-dialog.tsx) loads with `import()` on the first click.
 */
import { useSignal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { tr } from '../i18n.js';
import type { EmbedDialogProps } from './embed-dialog.js';
import type { Shell } from './store.js';

export function EmbedButton({ shell }: { shell: Shell }): JSX.Element {
  const open = useSignal(false);
  const Dialog = useSignal<ComponentType<EmbedDialogProps> | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const show = async () => {
    if (!Dialog.value) Dialog.value = (await import('./embed-dialog.js')).EmbedDialog;
    open.value = true;
  };
  const close = () => {
    open.value = false;
    button.current?.focus();
  };
  const D = Dialog.value;
  return (
    <>
      <button
        type="button"
        id="embed"
        ref={button}
        title={tr('embed-button-title')}
        aria-haspopup="dialog"
        disabled={shell.lab.value === null}
        onClick={() => void show()}
      >
        {tr('embed-button')}
      </button>
      {open.value && D ? <D shell={shell} onClose={close} /> : null}
    </>
  );
}
