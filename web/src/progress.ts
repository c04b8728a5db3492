/** The "computing… n %" line with its progress bar and Cancel button, shared by the labs. */
import { fill, h } from './dom.js';
import { tr } from './i18n.js';

export function showProgress(box: HTMLElement, fraction: number, cancel: () => void, cancelId: string): void {
  box.hidden = false;
  fill(
    box,
    h('progress', { max: 1, value: String(fraction), 'aria-label': tr('lab-computing', { percent: '' }) }),
    h('span', null, tr('lab-computing', { percent: `${Math.round(fraction * 100)} %` })),
    h('button', { type: 'button', id: cancelId, onclick: cancel }, tr('lab-cancel')),
  );
}
