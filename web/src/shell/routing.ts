/**
 * Which lab opens an experiment: the labs are asked in turn, the likeliest first (the lab of its
 * kind), and the first whose `accepts` takes it opens it. A descent of one variable is the
 * derivative lab's (its own export), so that lab is asked first for it.
 */
import type { Experiment } from '../../../src/experiment/index.js';
import type { LabName } from './lab.js';

/** A descend experiment of one variable. */
export function oneVariable(e: Experiment): boolean {
  return e.kind === 'descend' && e.surface === undefined && e.vars?.length === 1;
}

/** The labs to ask, in order. */
export function candidates(e: Experiment): LabName[] {
  if (e.kind === 'fit') return ['regression'];
  if (e.kind === 'derivative') return ['derivative'];
  if (e.kind === 'sweep') return ['study'];
  if (e.kind === 'basins') return [];
  return oneVariable(e) ? ['derivative', 'surface'] : ['surface', 'derivative'];
}

/** What a key press asks of the transport, unless the focus is where the key types or presses. */
export function shortcut(ev: {
  key: string;
  target: {
    tagName?: string;
    isContentEditable?: boolean;
    getAttribute?(name: string): string | null;
  } | null;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): 'toggle' | 'back' | 'forward' | null {
  const tag = ev.target?.tagName ?? '';
  const typing =
    tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || ev.target?.isContentEditable === true;
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return null;
  // a tab list moves its selection with the arrow keys (the code panel's targets)
  if (ev.target?.getAttribute?.('role') === 'tab' && ev.key !== ' ') return null;
  // space on a focused button presses that button
  if (ev.key === ' ') return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' ? null : 'toggle';
  if (ev.key === 'ArrowRight') return 'forward';
  if (ev.key === 'ArrowLeft') return 'back';
  return null;
}
