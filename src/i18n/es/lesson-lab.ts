/** The lab's lesson view (Spanish). */
export const lessonLab = {};
