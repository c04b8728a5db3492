/** The lab's lesson view (English). */
export const lessonLab = {};
