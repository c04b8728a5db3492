/**
 * The optimizer of a PyTorch export: `torch.optim.X` where torch has the optimizer with descenso's
 * formula in the entry's convention, otherwise a small `torch.optim.Optimizer` subclass whose
 * `step()` writes the update out, in the order of operations of src/optim (so float64 runs print
 * descenso's numbers), with a docstring that says why torch's own class would not do.
 *
 * Schedules: `torch.optim.lr_scheduler.LambdaLR` where base_lr·λ(k) is descenso's product
 * (step, exponential), otherwise the rate written out and set on the parameter group before each
 * step. Clipping: `clip_grad_value_` (the same clamp), and the norm written out, since
 * `clip_grad_norm_` divides by ‖g‖ + 10⁻⁶.
 */
import { DescensoError } from '../errors.js';
import type { ScheduleSpec } from '../optim/schedules.js';
import type { OptimizerPlan } from './plan.js';
import { pyFloat } from './python.js';
import {
  KERAS_ADADELTA,
  KERAS_ADAGRAD,
  KERAS_ADAM,
  KERAS_ADAMAX,
  KERAS_RMSPROP,
  KERAS_SGD,
  LION,
  NADAM,
  NEWTON,
  SIGN,
} from './pytorch-classes.js';

/** A Python class written into the script once, however many runs use it. */
export interface PythonClass {
  name: string;
  lines: string[];
}

/** How one run builds and steps its optimizer. */
export interface TorchOptimizerPlan {
  /** `torch.optim.SGD(params, lr=0.03, momentum=0.9)` or `KerasAdam(params, …)`. */
  build: string;
  /** Comment lines above the build line: which class, and why when the update is written out. */
  comment: string[];
  /** The hand-written class it needs, if any. */
  cls?: PythonClass;
  /** Lines written once after the classes (NAdam's choice of class). */
  prelude?: string[];
  /** Newton needs f to take its Hessian: the build passes it. */
  needsFunction: boolean;
}

const num = (o: Record<string, number | boolean>, k: string) => o[k] as number;
const flag = (o: Record<string, number | boolean>, k: string) => (o[k] ? 'True' : 'False');

/** The learning rate at construction: a schedule's rate at step 0 is set before the first step anyway. */
function lrLiteral(lr: number | ScheduleSpec): string {
  return typeof lr === 'number' ? pyFloat(lr) : pyFloat(scheduleStart(lr));
}

function scheduleStart(s: ScheduleSpec): number {
  switch (s.kind) {
    case 'warmup':
      return s.startLr ?? 0;
    default:
      return s.lr;
  }
}

/** Arguments equal to torch.optim's own defaults, left out of the call as a person would write it. */
const TORCH_DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  SGD: ['momentum=0.0', 'dampening=0.0', 'nesterov=False', 'weight_decay=0.0'],
  Adagrad: ['eps=1e-10', 'initial_accumulator_value=0.0', 'weight_decay=0.0'],
  RMSprop: ['alpha=0.99', 'eps=1e-8', 'momentum=0.0', 'centered=False', 'weight_decay=0.0'],
  Adadelta: ['rho=0.9', 'eps=1e-6', 'weight_decay=0.0'],
  Adam: ['betas=(0.9, 0.999)', 'eps=1e-8', 'amsgrad=False', 'weight_decay=0.0'],
  AdamW: ['betas=(0.9, 0.999)', 'eps=1e-8', 'amsgrad=False', 'weight_decay=0.01'],
  Adamax: ['betas=(0.9, 0.999)', 'eps=1e-8', 'weight_decay=0.0'],
};

/** The optimizer of one entry for a PyTorch script. */
export function torchOptimizer(plan: OptimizerPlan): TorchOptimizerPlan {
  const { name, convention, options: o, lr } = plan;
  const wd = num(o, 'weightDecay') ?? 0;
  const lrArg = `lr=${lrLiteral(lr)}`;
  const builtin = (cls: string, args: string[], why?: string): TorchOptimizerPlan => ({
    build: `torch.optim.${cls}(params, ${[lrArg, ...args.filter((a) => !TORCH_DEFAULTS[cls]?.includes(a))].join(', ')})`,
    comment: why ? [why] : [],
    needsFunction: false,
  });
  const hand = (cls: PythonClass, args: string[], why: string): TorchOptimizerPlan => ({
    build: `${cls.name}(params, ${[lrArg, ...args].join(', ')})`,
    comment: [why],
    cls,
    needsFunction: false,
  });
  const betas = `betas=(${pyFloat(num(o, 'beta1'))}, ${pyFloat(num(o, 'beta2'))})`;
  const eps = `eps=${pyFloat(num(o, 'eps'))}`;
  const wdArg = `weight_decay=${pyFloat(wd)}`;
  if (convention === 'pytorch') {
    switch (name) {
      case 'sgd':
        return builtin('SGD', [
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `dampening=${pyFloat(num(o, 'dampening'))}`,
          `nesterov=${flag(o, 'nesterov')}`,
          wdArg,
        ]);
      case 'adagrad':
        return builtin('Adagrad', [
          eps,
          `initial_accumulator_value=${pyFloat(num(o, 'initialAccumulator'))}`,
          wdArg,
        ]);
      case 'rmsprop':
        return builtin('RMSprop', [
          `alpha=${pyFloat(num(o, 'rho'))}`,
          eps,
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `centered=${flag(o, 'centered')}`,
          wdArg,
        ]);
      case 'adadelta':
        return builtin('Adadelta', [`rho=${pyFloat(num(o, 'rho'))}`, eps, wdArg]);
      case 'adam':
      case 'adamw':
        return builtin(name === 'adam' ? 'Adam' : 'AdamW', [
          betas,
          eps,
          `amsgrad=${flag(o, 'amsgrad')}`,
          wdArg,
        ]);
      case 'adamax':
        return builtin('Adamax', [betas, eps, wdArg]);
      case 'nadam':
        return nadamPlan(lrArg, [betas, eps, `momentum_decay=${pyFloat(num(o, 'momentumDecay'))}`, wdArg]);
      case 'sign':
        return hand(
          SIGN,
          [wdArg, 'decoupled=False'],
          '# torch.optim has no sign descent: its update is written out (SignDescent, above).',
        );
      case 'lion':
        return hand(
          LION,
          [betas, wdArg],
          '# torch.optim has no Lion (before PyTorch 2.x it had none at all): written out (Lion, above).',
        );
      case 'newton':
        return newtonPlan(o, lrArg);
      default:
        // plan.ts refuses the searching methods before a script is planned.
        throw new DescensoError('export-searching', { name });
    }
  }
  // The Keras convention: torch's class only where Keras's formula is torch's.
  switch (name) {
    case 'sgd':
      if (num(o, 'momentum') === 0 && wd === 0)
        return builtin(
          'SGD',
          [],
          "# Keras's SGD without momentum is torch's: p ← p − lr·g (Keras's default lr, 0.01).",
        );
      return hand(
        KERAS_SGD,
        [`momentum=${pyFloat(num(o, 'momentum'))}`, `nesterov=${flag(o, 'nesterov')}`, wdArg],
        "# Keras's SGD keeps the velocity v ← μ·v − lr·g (lr inside the momentum) and decays weights\n" +
          "# decoupled; torch's SGD multiplies by lr after its buffer: written out (KerasSGD, above).",
      );
    case 'sign':
      return hand(
        SIGN,
        [wdArg, 'decoupled=True'],
        '# torch.optim has no sign descent: its update is written out (SignDescent, above).',
      );
    case 'adagrad':
      return hand(
        KERAS_ADAGRAD,
        [eps, `initial_accumulator=${pyFloat(num(o, 'initialAccumulator'))}`, wdArg],
        "# Keras's Adagrad puts ε inside the square root, g/√(s + ε); torch's adds it outside,\n" +
          '# g/(√s + ε): written out (KerasAdagrad, above).',
      );
    case 'rmsprop':
      return hand(
        KERAS_RMSPROP,
        [
          `rho=${pyFloat(num(o, 'rho'))}`,
          eps,
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `centered=${flag(o, 'centered')}`,
          wdArg,
        ],
        "# Keras's RMSprop puts ε inside the square root and lr inside the momentum; torch's does\n" +
          '# neither: written out (KerasRMSprop, above).',
      );
    case 'adadelta':
      if (wd === 0)
        return builtin(
          'Adadelta',
          [`rho=${pyFloat(num(o, 'rho'))}`, eps],
          "# Keras's Adadelta is torch's formula (Keras's defaults: lr 0.001, ρ 0.95, ε 1e-7).",
        );
      return hand(
        KERAS_ADADELTA,
        [`rho=${pyFloat(num(o, 'rho'))}`, eps, wdArg],
        "# Keras decays weights decoupled (p ← p − lr·λ·p); torch's Adadelta adds λ·p to the\n" +
          '# gradient: written out (KerasAdadelta, above).',
      );
    case 'adam':
    case 'adamw':
      return hand(
        KERAS_ADAM,
        [betas, eps, `amsgrad=${flag(o, 'amsgrad')}`, wdArg],
        "# Keras's Adam adds ε before the bias correction, αₜ·m/(√v + ε); torch's after it,\n" +
          '# m̂/(√v̂ + ε): written out (KerasAdam, above).',
      );
    case 'adamax':
      return hand(
        KERAS_ADAMAX,
        [betas, eps, wdArg],
        "# Keras's Adamax adds ε outside the max, m/((1 − β₁ᵗ)·(u + ε)); torch's inside it,\n" +
          '# max(β₂·u, |g| + ε): written out (KerasAdamax, above).',
      );
    case 'nadam':
      if (wd === 0) {
        const plan = nadamPlan(lrArg, [betas, eps, 'momentum_decay=1.0']);
        return {
          ...plan,
          comment: [
            "# Keras's Nadam is torch's NAdam with momentum_decay 1: μₜ = β₁·(1 − ½·0.96ᵗ).",
            ...plan.comment,
          ],
        };
      }
      return hand(
        NADAM,
        [betas, eps, 'momentum_decay=1.0', wdArg, 'decoupled=True'],
        "# Keras decays weights decoupled (p ← p − lr·λ·p); torch's NAdam adds λ·p to the\n" +
          '# gradient: written out (Nadam, above).',
      );
    case 'lion':
      return hand(
        LION,
        [betas, wdArg],
        '# torch.optim has no Lion (before PyTorch 2.x it had none at all): written out (Lion, above).',
      );
    case 'newton':
      return newtonPlan(o, lrArg);
    default:
      throw new DescensoError('export-searching', { name });
  }
}

/**
 * torch.optim.NAdam before PyTorch 2.0 multiplied μₜ into Πₜ·μₜ₊₁ twice (fixed in 2.0); the script
 * picks torch's class from 2.0 on and the written-out Nadam before (Debian 12 ships 1.13).
 */
function nadamPlan(lrArg: string, args: string[]): TorchOptimizerPlan {
  return {
    build: `NAdam(params, ${[lrArg, ...args].join(', ')})`,
    comment: ['# NAdam: torch.optim.NAdam from PyTorch 2.0 on, else the written-out Nadam (see above).'],
    cls: NADAM,
    prelude: NADAM_CHOICE,
    needsFunction: false,
  };
}

/** The choice of NAdam's class, written once after the classes. */
export const NADAM_CHOICE = [
  '# torch.optim.NAdam before PyTorch 2.0 multiplied μₜ twice into Πₜ·μₜ₊₁ (fixed in 2.0): with an',
  '# older torch the update is the written-out Nadam above.',
  "NAdam = torch.optim.NAdam if int(torch.__version__.split('.')[0]) >= 2 else Nadam",
];

function newtonPlan(o: Record<string, number | boolean>, lrArg: string): TorchOptimizerPlan {
  return {
    build: `Newton(params, ${lrArg}, damping=${pyFloat(num(o, 'damping'))}, f=f_of)`,
    comment: [
      "# torch.optim has no Newton's method: the step solves (H + δ·I)·d = g with the Hessian of",
      '# torch.autograd.functional.hessian (Newton, above).',
    ],
    cls: NEWTON,
    needsFunction: true,
  };
}

/**
 * The learning rate of a schedule as torch code: a LambdaLR factor where base_lr·λ(k) is
 * descenso's own product, otherwise a Python function of the 0-based step whose value the
 * training loop sets on the parameter group before each step.
 */
export function torchSchedule(
  lr: number | ScheduleSpec,
):
  | { kind: 'none' }
  | { kind: 'lambda'; factor: string; comment: string }
  | { kind: 'function'; body: string; comment: string } {
  if (typeof lr === 'number') return { kind: 'none' };
  switch (lr.kind) {
    case 'constant':
      return { kind: 'none' };
    case 'step':
      return {
        kind: 'lambda',
        factor: `lambda k: ${pyFloat(lr.gamma ?? 0.1)} ** math.floor(k / ${pyFloat(lr.stepSize)})`,
        comment:
          '# lr·γ^⌊k/s⌋ as one product: StepLR would multiply by γ one step at a time (lr·γ·γ…),\n' +
          '# which rounds differently.',
      };
    case 'exponential':
      return {
        kind: 'lambda',
        factor: `lambda k: ${pyFloat(lr.gamma)} ** k`,
        comment:
          '# lr·γᵏ as one product: ExponentialLR would multiply by γ at every step, which rounds differently.',
      };
    default:
      return {
        kind: 'function',
        body: scheduleExpression(lr, 'k'),
        comment: `# ${scheduleWhy(lr)}: the rate is written out and set before each step.`,
      };
  }
}

function scheduleWhy(s: ScheduleSpec): string {
  switch (s.kind) {
    case 'cosine':
      return 'CosineAnnealingLR computes its cosine step by step and rises again after T';
    case 'inverseTime':
      return 'torch.optim.lr_scheduler has no inverse-time decay';
    case 'warmup':
      return 'torch.optim.lr_scheduler has no warm-up into a schedule restarted at 0 (LinearLR differs)';
    default:
      return 'torch.optim.lr_scheduler has no such schedule';
  }
}

/** A schedule as a Python expression of the 0-based step `k` (plain floats, descenso's formulas). */
export function scheduleExpression(s: ScheduleSpec | number, k: string): string {
  if (typeof s === 'number') return pyFloat(s);
  switch (s.kind) {
    case 'constant':
      return pyFloat(s.lr);
    case 'step':
      return `${pyFloat(s.lr)} * ${pyFloat(s.gamma ?? 0.1)} ** math.floor(${k} / ${pyFloat(s.stepSize)})`;
    case 'exponential':
      return `${pyFloat(s.lr)} * ${pyFloat(s.gamma)} ** ${k}`;
    case 'inverseTime': {
      const steps = pyFloat(s.decaySteps ?? 1);
      const ratio = s.staircase ? `math.floor(${k} / ${steps})` : `${k} / ${steps}`;
      return `${pyFloat(s.lr)} / (1 + ${pyFloat(s.decayRate)} * ${ratio})`;
    }
    case 'cosine': {
      const min = pyFloat(s.minLr ?? 0);
      const T = pyFloat(s.T);
      return `${min} + (${pyFloat(s.lr)} - ${min}) * (1 + math.cos(math.pi * min(max(${k}, 0), ${T}) / ${T})) / 2`;
    }
    case 'warmup': {
      const start = pyFloat(s.startLr ?? 0);
      const steps = String(s.steps);
      const peak = scheduleExpression(s.base, '0');
      const after = scheduleExpression(s.base, `(${k} - ${steps})`);
      return `(${start} + ((${peak}) - ${start}) * ${k} / ${steps} if ${k} < ${steps} else ${after})`;
    }
  }
}
