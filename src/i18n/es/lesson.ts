/** Lessons: reading and checking lesson files, the CLI's `lesson` command (Spanish). */
export const lesson = {
  'lesson-path': (p: { path: string; part: string }) =>
    `ruta del número de la lección ${p.path}: no hay nada en ${p.part}`,
  'lesson-not-number': (p: { path: string }) =>
    `la ruta del número de la lección ${p.path} no lleva a un número`,
};
