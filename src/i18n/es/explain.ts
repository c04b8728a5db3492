/** Explain this step: the update's terms, in the lab and the CLI (Spanish). */
export const explain = {};
