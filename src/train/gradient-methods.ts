import type { MessageKey } from '../i18n/index.js';

/**
 * THE gradient methods of a descent: automatic differentiation, or the tutorials' forward and
 * central difference quotients. One list, with the message that names each, read by the
 * descent itself, the CLI (`descend --gradient`, `grad --method`), the schema and the lab.
 */
export const gradientMethods = [
  { name: 'autodiff', help: 'lab-gradient-autodiff' },
  { name: 'forward', help: 'lab-gradient-forward' },
  { name: 'central', help: 'lab-gradient-central' },
] as const satisfies readonly { name: string; help: MessageKey }[];

export type GradientMethod = (typeof gradientMethods)[number]['name'];

/** The names alone, in order: the choices of a flag or a select. */
export const gradientMethodNames: readonly GradientMethod[] = gradientMethods.map((m) => m.name);
