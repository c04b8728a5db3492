/** The lab's lesson view (Spanish). */
export const lessonLab = {
  'lesson-lab-tab': () => 'Lecciones',
  'lesson-lab-list-title': () => 'Lecciones',
  'lesson-lab-list-intro': () =>
    'Cada lección recorre un tutorial junto al laboratorio en vivo: unas pocas frases, los números que imprimió el tutorial saliendo ahora de descenso y una pregunta que se responde antes de ejecutar.',
  'lesson-lab-tutorial': (p: { n: string }) => `tutorial ${p.n}`,
  'lesson-lab-steps': (p: { n: number }) => (p.n === 1 ? '1 paso' : `${p.n} pasos`),
  'lesson-lab-yours': () => 'abierta desde un archivo',
  'lesson-lab-all': () => 'Todas las lecciones',
  'lesson-lab-step-of': (p: { k: number; n: number }) => `Paso ${p.k} de ${p.n}`,
  'lesson-lab-nav': () => 'Pasos de la lección',
  'lesson-lab-back': () => 'Atrás',
  'lesson-lab-next': () => 'Siguiente',
  'lesson-lab-reset': () => 'Reiniciar este paso',
  'lesson-lab-keys': () => 'Mayús + ← y Mayús + → también cambian de paso.',
  'lesson-lab-numbers': () => 'Los números del tutorial',
  'lesson-lab-what': () => 'Qué',
  'lesson-lab-printed': () => 'El tutorial imprimió',
  'lesson-lab-live': () => 'descenso ahora',
  'lesson-lab-match': () => 'Coincide',
  'lesson-lab-matches': () => 'coincide',
  'lesson-lab-differs': () => 'no coincide',
  'lesson-lab-waiting': () => 'Los números aparecen cuando la ejecución llega a su final.',
  'lesson-lab-computing': () => 'calculando…',
  'lesson-lab-number-fault': (p: { reason: string }) => `no está en la ejecución: ${p.reason}`,
  'lesson-lab-question': () => 'Predice y después ejecuta',
  'lesson-lab-run': () => 'Ejecutar',
  'lesson-lab-choose-first': () => 'Elige una respuesta y pulsa Ejecutar.',
  'lesson-lab-covered': () => 'Responde la pregunta y pulsa Ejecutar: entonces aparece el laboratorio.',
  'lesson-lab-no-lab': (p: { reason: string }) =>
    `Ningún laboratorio dibuja el experimento de este paso (${p.reason}); descenso calcula sus números igualmente.`,
  'lesson-lab-right': () => 'Correcto.',
  'lesson-lab-wrong': (p: { answer: string }) => `No exactamente: la respuesta es «${p.answer}».`,
  'lesson-lab-slip': () => 'El desliz del tutorial',
  'lesson-lab-unknown': (p: { id: string }) =>
    `no hay ninguna lección «${p.id}»; se muestra la lista de lecciones`,
  'lesson-lab-no-step': (p: { step: string; n: number }) =>
    `esta lección no tiene paso ${p.step} (tiene ${p.n}); se muestra el paso más cercano`,
  'lesson-lab-bad-step': (p: { step: string }) =>
    `el paso «${p.step}» de la dirección no es un número de paso`,
  'lesson-lab-imported': (p: { title: string }) =>
    `lección «${p.title}» abierta; se conserva en esta pestaña`,
  'lesson-lab-import-failed': (p: { reason: string }) =>
    `no se pudo abrir el archivo de lección: ${p.reason}`,
};
