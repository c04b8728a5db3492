/**
 * A small lesson for the lesson view's unit tests: three steps on x² + y² (GD, lr 0.1, from
 * (1, 1)): each step multiplies both coordinates by 1 − 2·0.1 = 0.8, so after 2 steps x = 0.64.
 */
import { EXPERIMENT_VERSION, type Experiment } from '../../../src/experiment/types.js';
import { LESSON_VERSION, type Lesson } from '../../../src/lessons/types.js';

export const bowl = (steps: number): Experiment => ({
  kind: 'descend',
  version: EXPERIMENT_VERSION,
  formula: 'x^2 + y^2',
  vars: ['x', 'y'],
  start: [1, 1],
  steps,
  optimizers: [{ name: 'gd', options: { lr: 0.1 } }],
});

const both = (s: string) => ({ es: s, en: s });

export const fixture: Lesson = {
  id: 'bowl',
  version: LESSON_VERSION,
  tutorial: '000',
  title: { es: 'Un cuenco', en: 'A bowl' },
  summary: both('x² + y²'),
  steps: [
    {
      title: { es: 'Dos pasos', en: 'Two steps' },
      text: { es: 'Cada paso *multiplica* por `0.8`.', en: 'Each step *multiplies* by `0.8`.' },
      experiment: bowl(2),
      numbers: [{ label: both('x₂'), printed: '0.64', path: 'runs.0.points.2.0', tolerance: 1e-12 }],
    },
    {
      title: both('Predict'),
      text: both('Three steps.'),
      experiment: bowl(3),
      numbers: [{ label: both('x₃'), printed: '0.512', path: 'runs.0.points.3.0', tolerance: 1e-12 }],
      question: {
        prompt: both('x after three steps?'),
        choices: [both('0.512'), both('0.3')],
        answer: 0,
        reveal: both('0.8³ = 0.512'),
      },
    },
    {
      title: both('Same run'),
      text: both('No experiment of its own: the previous one stays.'),
      numbers: [{ label: both('nowhere'), printed: '1', path: 'runs.0.nothing', tolerance: 0 }],
      slip: both('A slip.'),
    },
  ],
};
