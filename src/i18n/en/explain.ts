/** Explain this step: the update's terms, in the lab and the CLI (English). */
export const explain = {};
