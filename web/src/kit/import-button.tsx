/**
 * "Import JSON…": a button that opens a hidden file input's picker (so it is reached and pressed
 * like any button), and hands the chosen file's text to `onText`.
 */
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { tr } from '../i18n.js';

export interface ImportButtonProps {
  /** The file input's id (the e2e suite sets files on #d-import-file). */
  id: string;
  onText(text: string, name: string): void;
  label?: string;
  accept?: string;
}

export function ImportButton({ id, onText, label, accept }: ImportButtonProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class="button" aria-controls={id} onClick={() => input.current?.click()}>
        {label ?? tr('lab-import-json')}
      </button>
      <input
        ref={input}
        id={id}
        type="file"
        class="sr"
        tabIndex={-1}
        accept={accept ?? 'application/json,.json'}
        onChange={(ev) => {
          const el = ev.currentTarget;
          const f = el.files?.[0];
          if (f) void f.text().then((t) => onText(t, f.name));
          // the same file chosen again is a new import
          el.value = '';
        }}
      />
    </>
  );
}
