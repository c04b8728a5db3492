import type { map as en } from '../en/map.js';

/** El mapa del laboratorio de superficies (español): su nombre accesible y su texto alternativo. */
export const map: typeof en = {
  'map-label': () =>
    'Mapa de f con los caminos de los optimizadores; pulsa o arrastra sobre él para mover el inicio',
  'map-now': (p) => `Paso ${p.k} de ${p.n}.`,
  'map-run': (p) => `${p.name}: en (${p.x}, ${p.y}), f = ${p.f}.`,
  'map-run-ended': (p) => `${p.name}: ${p.status}.`,
  'map-computing': (p) => `Calculando: ${p.percent} %.`,
  'map-3d-label': () => 'Vista 3-D de f con los caminos; arrástrala para girarla',
};
