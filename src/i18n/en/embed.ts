/** Embedding the lab's figure and the single-file lab (English). */
export const embed = {};
