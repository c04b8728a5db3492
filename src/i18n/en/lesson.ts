/** Lessons: reading and checking lesson files, the CLI's `lesson` command (English). */
export const lesson = {
  'lesson-path': (p: { path: string; part: string }) => `lesson number path ${p.path}: nothing at ${p.part}`,
  'lesson-not-number': (p: { path: string }) => `lesson number path ${p.path} does not lead to a number`,
};
