/** The surface lab's map (English): its accessible name and its text alternative. */
export const map = {
  'map-label': () => 'Map of f with the optimizers’ paths; press on it or drag to move the start',
  'map-now': (p: { k: string; n: string }) => `Step ${p.k} of ${p.n}.`,
  'map-run': (p: { name: string; x: string; y: string; f: string }) =>
    `${p.name}: at (${p.x}, ${p.y}), f = ${p.f}.`,
  'map-run-ended': (p: { name: string; status: string }) => `${p.name}: ${p.status}.`,
  'map-computing': (p: { percent: string }) => `Computing: ${p.percent} %.`,
  'map-3d-label': () => '3-D view of f with the paths; drag to turn it',
};
