/** Embedding the lab's figure and the single-file lab (Spanish). */
export const embed = {};
