import type { plot as en } from '../en/plot.js';

/** Rótulos de los gráficos (español): leyendas, nombres de ejes por defecto y títulos. */
export const plot: typeof en = {
  'plot-start': () => 'inicio',
  'plot-end': () => 'fin',
  'plot-diverged': (p) => `${p.name} (divergió)`,
  'plot-loss': () => 'Pérdida',
  'plot-epochs': () => 'Épocas',
  'plot-step': () => 'Paso',
  'plot-value': () => 'Valor',
  'plot-loss-vs-epochs': () => 'Pérdida vs épocas',
  'plot-data': () => 'Datos',
  'plot-data-and-model': () => 'Datos y modelo',
  'plot-model': () => 'Modelo',
  'plot-loss-function': () => 'Función de pérdida',
  'plot-descent-path': () => 'Descenso del gradiente',
  'plot-initial-state': () => 'Estado inicial',
  'plot-final-state': () => 'Estado final',
  'plot-parameter-estimation': () => 'Estimación de parámetros',
  'plot-tangent': (p) => `tangente en ${p.name} = ${p.x0} (pendiente ${p.slope})`,
  'plot-secant': (p) => `secante, h = ${p.h} (pendiente ${p.slope})`,
  'plot-derivative': () => 'La derivada es la pendiente de la tangente',
  'plot-contour-map': () => 'Mapa de contorno',
  'plot-line-chart': () => 'Gráfico de líneas',
  'plot-scatter': () => 'Datos y curvas ajustadas',
  'plot-figure': () => 'Figura',
  'plot-no-data': () => 'no hay datos que dibujar',
  'plot-no-positive': () => 'no hay valores positivos que mostrar en escala logarítmica',
  'plot-unknown-colormap': (p) =>
    `mapa de colores desconocido '${p.name}'${p.suggestion ? ` (¿quiso decir '${p.suggestion}'?)` : ''}; mapas de colores: ${p.known}`,
};
