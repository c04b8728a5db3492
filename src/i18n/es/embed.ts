/** Embedding the lab's figure and the single-file lab (Spanish). */
export const embed = {
  'embed-button': () => 'Insertar',
  'embed-button-title': () => 'HTML para mostrar esta figura en una página de un curso o en una diapositiva',
  'embed-dialog-title': () => 'Insertar esta figura',
  'embed-dialog-help': () =>
    'Pega este HTML en una página de un curso o en una diapositiva: muestra la figura y sus controles de reproducción, en el estado en que está ahora el laboratorio y en su idioma.',
  'embed-width': () => 'Ancho (px)',
  'embed-height': () => 'Alto (px)',
  'embed-3d': () => 'Vista 3D',
  'embed-code': () => 'HTML para pegar',
  'embed-copy': () => 'Copiar',
  'embed-copied': () => 'Copiado al portapapeles',
  'embed-copy-manual': () => 'El HTML está seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo',
  'embed-preview': () => 'Vista previa',
  'embed-close': () => 'Cerrar',
  'embed-frame-title': (p: { lab: string }) => `descenso: ${p.lab}`,
  'embed-open': () => 'abrir en descenso',
  'embed-open-title': () => 'Abre este experimento en el laboratorio completo, en una pestaña nueva',
  'embed-region': () => 'figura de descenso',
};
