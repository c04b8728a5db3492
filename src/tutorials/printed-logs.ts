/**
 * What the NumPy/autograd tutorial (seeds/001) printed, line for line: the reference the tests
 * hold descenso's runs to (the examples, the engine in float32, the CLI's tutorial command).
 */

/** The NumPy loop by hand: 20 epochs, every other one printed. */
export const NUMPY_LOG: readonly string[] = [
  'Prediccion antes de entrenar: f(5) = 0.000',
  'epoch 1: w = 1.200, loss = 30.00000000',
  'epoch 3: w = 1.872, loss = 0.76800019',
  'epoch 5: w = 1.980, loss = 0.01966083',
  'epoch 7: w = 1.997, loss = 0.00050332',
  'epoch 9: w = 1.999, loss = 0.00001288',
  'epoch 11: w = 2.000, loss = 0.00000033',
  'epoch 13: w = 2.000, loss = 0.00000001',
  'epoch 15: w = 2.000, loss = 0.00000000',
  'epoch 17: w = 2.000, loss = 0.00000000',
  'epoch 19: w = 2.000, loss = 0.00000000',
  'Prediccion despues del entrenamiento: f(5) = 10.000',
];

/** The PyTorch autograd loop in float32: 100 epochs, every tenth printed. */
export const TORCH_LOG: readonly string[] = [
  'Prediccion antes de entrenar: f(5) = 0.000',
  'epoch 1: w = 0.300, loss = 30.00000000',
  'epoch 11: w = 1.665, loss = 1.16278565',
  'epoch 21: w = 1.934, loss = 0.04506890',
  'epoch 31: w = 1.987, loss = 0.00174685',
  'epoch 41: w = 1.997, loss = 0.00006770',
  'epoch 51: w = 1.999, loss = 0.00000262',
  'epoch 61: w = 2.000, loss = 0.00000010',
  'epoch 71: w = 2.000, loss = 0.00000000',
  'epoch 81: w = 2.000, loss = 0.00000000',
  'epoch 91: w = 2.000, loss = 0.00000000',
  'Prediccion despues del entrenamiento: f(5) = 10.000',
];
