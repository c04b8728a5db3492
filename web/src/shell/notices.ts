/**
 * The shell's notices as a signal: one line each, errors stay until dismissed, infos fade after a
 * few seconds; the same text twice is shown once.
 */
import { signal } from '@preact/signals';

export interface Notice {
  id: number;
  text: string;
  kind: 'error' | 'info';
}

export const INFO_MS = 6000;

export function createNotices(
  later: (f: () => void, ms: number) => void = (f, ms) => void setTimeout(f, ms),
) {
  const list = signal<readonly Notice[]>([]);
  let next = 0;
  const dismiss = (id: number) => {
    list.value = list.peek().filter((n) => n.id !== id);
  };
  const notify = (text: string, kind: 'error' | 'info' = 'info') => {
    if (list.peek().some((n) => n.text === text)) return;
    next += 1;
    const id = next;
    list.value = [...list.peek(), { id, text, kind }];
    if (kind === 'info') later(() => dismiss(id), INFO_MS);
  };
  return { list, notify, dismiss };
}

export type Notices = ReturnType<typeof createNotices>;
