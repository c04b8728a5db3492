import { describe, expect, it } from 'vitest';
import { defaultDerivative, defaultExperiment, defaultFit } from '../../../src/experiment/index.js';
import { candidates, shortcut } from './routing.js';

describe('candidates', () => {
  it('candidates asks the lab of each kind first, the derivative lab first for one variable', () => {
    expect(candidates(defaultFit)).toEqual(['regression']);
    expect(candidates(defaultDerivative)).toEqual(['derivative']);
    expect(candidates(defaultExperiment)).toEqual(['surface', 'derivative']);
    const oneVar = { ...defaultExperiment, surface: undefined, formula: 'x^2', vars: ['x'] };
    expect(candidates(oneVar)).toEqual(['derivative', 'surface']);
  });
});

describe('shortcut', () => {
  const on = (tagName: string) => ({ tagName });
  it('shortcut: space toggles, arrows step, on the page or a canvas', () => {
    expect(shortcut({ key: ' ', target: on('BODY') })).toBe('toggle');
    expect(shortcut({ key: 'ArrowRight', target: on('CANVAS') })).toBe('forward');
    expect(shortcut({ key: 'ArrowLeft', target: on('DIV') })).toBe('back');
    expect(shortcut({ key: 'a', target: on('DIV') })).toBe(null);
  });
  it('shortcut does nothing while typing, with a modifier, or for space on a button (which presses it)', () => {
    for (const tag of ['INPUT', 'SELECT', 'TEXTAREA'])
      expect(shortcut({ key: 'ArrowLeft', target: on(tag) })).toBe(null);
    expect(shortcut({ key: ' ', target: { tagName: 'DIV', isContentEditable: true } })).toBe(null);
    expect(shortcut({ key: 'ArrowRight', target: on('BODY'), ctrlKey: true })).toBe(null);
    expect(shortcut({ key: ' ', target: on('BUTTON') })).toBe(null);
    expect(shortcut({ key: 'ArrowRight', target: on('BUTTON') })).toBe('forward');
  });
});

describe('shortcut on a tab list', () => {
  it('shortcut leaves the arrow keys to a focused tab (the tab list moves its selection)', () => {
    const tab = { tagName: 'BUTTON', getAttribute: (n: string) => (n === 'role' ? 'tab' : null) };
    expect(shortcut({ key: 'ArrowRight', target: tab })).toBe(null);
    expect(shortcut({ key: 'ArrowLeft', target: tab })).toBe(null);
  });
});
