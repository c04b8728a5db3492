/**
 * TensorFlow style: a GradientTape records the operations run inside `record(() => ...)`, then
 * `gradient(target, sources)` walks back over exactly those operations. Variables are watched
 * automatically; other tensors must be `watch`ed. Tapes nest, for second derivatives.
 */
import { badArgument, DescensoError } from '../errors.js';
import { checkObject, checkTensor, checkTensors } from './args.js';
import { gradients } from './backward.js';
import { listen, type Tensor } from './tensor.js';

export class GradientTape {
  private readonly recorded = new Set<Tensor>();
  private readonly watched = new Set<Tensor>();
  private used = false;
  readonly persistent: boolean;

  constructor(options: { persistent?: boolean } = {}) {
    checkObject('GradientTape', 1, options);
    if (options.persistent !== undefined && typeof options.persistent !== 'boolean')
      throw badArgument('GradientTape', 1, options, 'object');
    this.persistent = options.persistent ?? false;
  }

  /** Marks a tensor that is not a variable as a source the tape can differentiate with respect to. */
  watch(...ts: Tensor[]): void {
    checkTensors('watch', 1, ts);
    for (const t of ts) this.watched.add(t);
  }

  /** Runs `fn`, recording every operation it performs (TensorFlow's `with tf.GradientTape() as g:`). */
  record<T>(fn: () => T): T {
    return listen((t) => this.recorded.add(t), fn);
  }

  /**
   * d target / d source for each source (a single tensor or a list, as in TensorFlow). A source
   * that is neither a variable nor watched is an error; one the target does not depend on gets zeros.
   */
  gradient(target: Tensor, sources: Tensor): Tensor;
  gradient(target: Tensor, sources: readonly Tensor[]): Tensor[];
  gradient(target: Tensor, sources: Tensor | readonly Tensor[]): Tensor | Tensor[] {
    checkTensor('gradient', 1, target);
    if (Array.isArray(sources)) checkTensors('gradient', 2, sources);
    else checkTensor('gradient', 2, sources);
    if (this.used && !this.persistent) throw new DescensoError('tape-used', undefined);
    this.used = true;
    const list = Array.isArray(sources) ? (sources as readonly Tensor[]) : [sources as Tensor];
    list.forEach((s, i) => {
      if (!s.isVariable && !this.watched.has(s))
        throw new DescensoError('autodiff-not-watched', { name: s.name ?? `#${i}` });
    });
    const grads = gradients(target, list, { recorded: this.recorded, checkFinite: true });
    return Array.isArray(sources) ? grads : grads[0];
  }
}
