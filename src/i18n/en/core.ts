/** Messages of the engine and of the library's boundaries (English). */
export const core = {
  'shape-mismatch': (p: { op: string; a: string; b: string }) =>
    `shape mismatch in ${p.op}: ${p.a} and ${p.b} cannot be combined`,
  'bad-shape': (p: { what: string; shape: string }) => `invalid shape for ${p.what}: ${p.shape}`,
  'bad-axis': (p: { op: string; axis: number; rank: number }) =>
    `invalid axis ${p.axis} in ${p.op} for a value of rank ${p.rank}`,
  'bad-value': (p: { what: string; value: string }) => `invalid ${p.what}: ${p.value}`,
  'non-finite': (p: { op: string; where: string }) =>
    `the operation ${p.op} produced a non-finite value (${p.where})`,
  'not-an-input': (p: { what: string }) =>
    `cannot differentiate with respect to ${p.what}: it is not an input`,
  'not-scalar': (p: { what: string; shape: string }) => `${p.what} must be a scalar, got shape ${p.shape}`,
  'tape-used': () => 'this GradientTape was already used; create it with { persistent: true } to reuse it',
  'no-grad-fn': (p: { op: string }) => `the operation ${p.op} cannot be differentiated`,
};
