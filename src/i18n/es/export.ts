import type { exportMessages as en } from '../en/export.js';

/** Mensajes de la exportación como código y de la orden `export` (español). */
export const exportMessages: { [K in keyof typeof en]: (typeof en)[K] } = {
  'code-button': (_p: undefined) => 'Código',
  'code-title': (_p: undefined) => 'Este experimento como código',
  'code-copy': (_p: undefined) => 'Copiar',
  'code-copied': (_p: undefined) => 'Copiado',
  'code-selected': (_p: undefined) => 'Seleccionado: pulsa Ctrl+C',
  'code-download': (_p: undefined) => 'Descargar .py',
  'code-close': (_p: undefined) => 'Cerrar el código',
  'code-note': (_p: undefined) =>
    'Ejecútalo con python3 guion.py; con --csv imprime los números de descenso run, iguales hasta las últimas cifras.',
  'export-derivative': (_p: undefined) =>
    'un estudio de derivada no tiene guion que exportar: exporta un descenso (kind "descend") o un ajuste (kind "fit")',
  'export-searching': (p) =>
    `${p.name} busca a lo largo de su dirección y aún no tiene guion que exportar: exporta los métodos de gradiente`,
  'export-study': (p: { kind: string }) =>
    `un estudio ${p.kind} no tiene guion que exportar: exporta su base (experiment.base), un descenso o un ajuste`,
  'export-unknown-target': (p: { target: string; targets: string }) =>
    `destino de exportación desconocido '${p.target}' (destinos: ${p.targets})`,
  'export-target-missing': (p: { target: string }) =>
    `el guion de ${p.target} no está disponible en esta versión`,
  'export-description': (_p: undefined) =>
    'escribe un experimento como un guion de Python ejecutable (NumPy, PyTorch, TensorFlow o JAX) que imprime los mismos números, con sus comentarios en el idioma de --lang',
  'export-arg': (_p: undefined) => 'el archivo del experimento (JSON)',
  'export-to': (_p: undefined) => 'el marco del guion',
  'export-out': (_p: undefined) => 'escribe el guion en este archivo (por omisión: lo imprime)',
  'export-write': (p: { file: string; reason: string }) =>
    `no se puede escribir el guion en ${p.file}: ${p.reason}`,
  'export-written': (p: { file: string; target: string }) => `guion de ${p.target} escrito en ${p.file}`,
};
