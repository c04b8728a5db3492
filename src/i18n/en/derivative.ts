/** The derivative lab's own words (issue 12): its text alternative and its fields' bounds. */
export const derivative = {
  'lab-derivative-live': (p: { x: string; fx: string; slope: string; forward: string; central: string }) =>
    `At x = ${p.x}: f(x) = ${p.fx}, f′(x) = ${p.slope}; forward quotient ${p.forward}, central quotient ${p.central}.`,
  'lab-derivative-live-descent': (p: { gd: string; sign: string }) =>
    `Gradient descent ends at ${p.gd}; the sign step at ${p.sign}.`,
  'lab-derivative-live-fault': () => 'f(x) cannot be read: see the message under the formula.',
  'lab-derivative-tangent-alt': (p: { x: string; slope: string; secant: string; h: string }) =>
    `Curve of f with its tangent at x = ${p.x} (slope ${p.slope}) and the secant through x and x + ${p.h} (slope ${p.secant}).`,
  'lab-derivative-error-alt': () =>
    'Error of the forward and central quotients against h on log–log axes; the chosen h is marked.',
  'lab-derivative-descent-alt': () => 'x at each step of gradient descent and of the sign step.',
};
