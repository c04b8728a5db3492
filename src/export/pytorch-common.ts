/**
 * What the PyTorch scripts of descents and fits share: the header and imports, the dtype, the
 * optimizer of each run (built by a lambda over the parameters, with its schedule and clipping),
 * and the one update step both training loops call.
 */
import type { Expr } from '../expr/index.js';
import { fromAst, type PyExpr, printPython } from './formula.js';
import type { Framework } from './framework.js';
import type { OptimizerPlan } from './plan.js';
import { type PyWriter, pyComment, pyFloat, pyString } from './python.js';
import { type PythonClass, torchOptimizer, torchSchedule } from './pytorch-optim.js';

/** The module docstring, the imports and the dtype. */
export function torchPreamble(w: PyWriter, title: string, dtype: 'float64' | 'float32'): void {
  w.line('#!/usr/bin/env python3');
  w.line(`"""${title}, in PyTorch.`);
  w.line('');
  w.line('Written by descenso (`descenso export FILE.json --to pytorch`). Run as it is, it prints each');
  w.line(
    "run's progress; `python3 script.py --csv` prints the CSV of `descenso run FILE.json --format csv`,",
  );
  w.line('the same rows with the same numbers.');
  w.line('"""');
  w.line('import decimal', 'import math', 'import sys', '', 'import numpy as np', 'import torch');
  w.blank();
  if (dtype === 'float64') {
    w.line(
      "# float64, descenso's default: every tensor, and the state torch.optim keeps, in double precision.",
    );
    w.line('torch.set_default_dtype(torch.float64)');
    w.line('DT = torch.float64');
  } else {
    w.line('# float32, as the experiment asks: every operation rounds to single precision.');
    w.line('DT = torch.float32');
  }
  w.blank();
}

/** The hand-written optimizer classes the runs need, each once, in the order first needed. */
export function torchClasses(w: PyWriter, plans: readonly OptimizerPlan[]): void {
  const seen = new Map<string, PythonClass>();
  const preludes = new Set<string[]>();
  for (const p of plans) {
    const t = torchOptimizer(p);
    if (t.cls && !seen.has(t.cls.name)) seen.set(t.cls.name, t.cls);
    if (t.prelude) preludes.add(t.prelude);
  }
  if (seen.size === 0) return;
  w.line('# ---- Optimizers torch.optim does not have in this form, written out ----------------------');
  w.blank();
  for (const cls of seen.values()) {
    w.line(...cls.lines);
    w.blank();
    w.blank();
  }
  for (const lines of preludes) {
    w.line(...lines);
    w.blank();
    w.blank();
  }
}

/** The clipping by norm (when a run clips) and the class `Run`: one optimizer's settings and its step. */
export function torchRunClass(w: PyWriter, plans: readonly OptimizerPlan[]): void {
  if (plans.some((p) => typeof p.options.clipNorm === 'number')) {
    w.block('def clip_grad_norm(params, max_norm):', () => {
      w.line('"""Scales the gradients so that their global norm is at most max_norm.');
      w.line('');
      w.line("torch.nn.utils.clip_grad_norm_ divides by the norm + 1e-6; this is descenso's (and Keras's)");
      w.line('max_norm/‖g‖, so the clipped numbers are the same to the last digit.');
      w.line('"""');
      w.line('sq = 0.0');
      w.block('for p in params:', () =>
        w.block('for x in p.grad.flatten().tolist():', () => w.line('sq += x * x')),
      );
      w.line('norm = math.sqrt(sq)');
      w.block('if norm > max_norm:', () =>
        w.block('for p in params:', () => w.line('p.grad.mul_(max_norm / norm)')),
      );
    });
    w.blank();
    w.blank();
  }
  w.block('class Run:', () => {
    w.line('"""One optimizer of the experiment: its label, how it is built over the parameters, its');
    w.line('learning-rate schedule (a LambdaLR factor, or a rate written out per step) and its clipping.');
    w.line('"""');
    w.blank();
    w.block(
      'def __init__(self, label, build, lr_factor=None, lr_at=None, clip_value=None, clip_norm=None):',
      () => {
        w.line('self.label, self.build, self.lr_factor, self.lr_at = label, build, lr_factor, lr_at');
        w.line('self.clip_value, self.clip_norm = clip_value, clip_norm');
      },
    );
    w.blank();
    w.block('def start(self, params):', () => {
      w.line('"""A fresh optimizer (and scheduler) over params."""');
      w.line('self.params = params');
      w.line('self.optimizer = self.build(params)');
      w.line('lambda_lr = torch.optim.lr_scheduler.LambdaLR');
      w.line('self.scheduler = lambda_lr(self.optimizer, self.lr_factor) if self.lr_factor else None');
    });
    w.blank();
    w.block('def step(self, k):', () => {
      w.line(
        '"""Update number k (from 0), with the gradients in p.grad: rate, clipping, optimizer.step()."""',
      );
      w.block('if self.lr_at is not None:', () =>
        w.block('for group in self.optimizer.param_groups:', () => w.line('group["lr"] = self.lr_at(k)')),
      );
      w.block('if self.clip_value is not None:', () =>
        w.line('torch.nn.utils.clip_grad_value_(self.params, self.clip_value)'),
      );
      if (plans.some((p) => typeof p.options.clipNorm === 'number'))
        w.block('if self.clip_norm is not None:', () =>
          w.line('clip_grad_norm(self.params, self.clip_norm)'),
        );
      w.line('self.optimizer.step()');
      w.block('if self.scheduler is not None:', () => w.line('self.scheduler.step()'));
    });
  });
  w.blank();
  w.blank();
}

/**
 * The arguments of one `Run(...)`: the label (a string literal: the user's text is never code),
 * the optimizer as a lambda over the parameters, its schedule and its clipping, with comments.
 */
export function torchRun(w: PyWriter, label: string, plan: OptimizerPlan): void {
  const t = torchOptimizer(plan);
  w.line(`${pyString(label)},`);
  for (const c of t.comment)
    for (const line of c.split('\n')) w.line(line.startsWith('#') ? line : pyComment(line));
  w.line(`lambda params: ${t.build},`);
  const schedule = torchSchedule(plan.lr);
  if (schedule.kind === 'lambda') {
    w.line(...schedule.comment.split('\n'));
    w.line(`lr_factor=${schedule.factor},`);
  } else if (schedule.kind === 'function') {
    w.line(...schedule.comment.split('\n'));
    w.line(`lr_at=lambda k: ${schedule.body},`);
  }
  if (typeof plan.options.clipValue === 'number') w.line(`clip_value=${pyFloat(plan.options.clipValue)},`);
  if (typeof plan.options.clipNorm === 'number') w.line(`clip_norm=${pyFloat(plan.options.clipNorm)},`);
}

/**
 * descenso's engine computes an integer power a^k (3 ≤ |k| ≤ 16) as products, a^(2m) = a^m·a^m and
 * a^(2m+1) = a^m·a^m·a; torch and TensorFlow call pow() for k ≥ 4, which rounds differently in
 * the last bit, and difference quotients divide that bit by h. The scripts define `ipow`, the same
 * products, and the formula calls it.
 */
export const IPOW_LINES = [
  'def ipow(a, n):',
  '    """a**n for an integer n ≥ 1, multiplied out as descenso\'s engine does: a^(2m) = a^m·a^m,',
  '    a^(2m+1) = a^m·a^m·a (pow() rounds the last bit differently, and difference quotients show it)."""',
  '    if n == 1:',
  '        return a',
  '    half = ipow(a, n // 2)',
  '    return half * half if n % 2 == 0 else half * half * a',
];

const MAX_PRODUCT_POWER = 16;

/** The exponent of a power node when it is an integer that descenso multiplies out, else undefined. */
function productExponent(node: PyExpr): number | undefined {
  if (node.kind !== 'binary' || node.op !== '^') return undefined;
  const r = node.right;
  const k = r.kind === 'num' ? r.value : r.kind === 'neg' && r.arg.kind === 'num' ? -r.arg.value : Number.NaN;
  return Number.isInteger(k) && Math.abs(k) >= 3 && Math.abs(k) <= MAX_PRODUCT_POWER ? k : undefined;
}

/**
 * The formula in `module`'s syntax with its integer powers as `ipow` calls. Each such power
 * becomes a variable of the printer whose Python text is the call, so the printer's own rules
 * (precedence, parentheses, names) handle everything else.
 */
export function printWithProducts(
  ast: Expr,
  module: 'torch' | 'tf',
  names: Readonly<Record<string, string>>,
): { code: string; usesIpow: boolean } {
  const extra: Record<string, string> = { ...names };
  let count = 0;
  const rewrite = (node: PyExpr): PyExpr => {
    const k = productExponent(node);
    if (k !== undefined && node.kind === 'binary') {
      const base = printPython(rewrite(node.left), module, extra);
      const name = `\u0000ipow${count++}`;
      extra[name] = k > 0 ? `ipow(${base}, ${k})` : `(1 / ipow(${base}, ${-k}))`;
      return { kind: 'var', name };
    }
    switch (node.kind) {
      case 'neg':
        return { ...node, arg: rewrite(node.arg) };
      case 'binary':
        return { ...node, left: rewrite(node.left), right: rewrite(node.right) };
      case 'call':
        return { ...node, args: node.args.map(rewrite) };
      default:
        return node;
    }
  };
  const tree = rewrite(fromAst(ast));
  return { code: printPython(tree, module, extra), usesIpow: count > 0 };
}

/** The parts of a script that are PyTorch's own (see framework.ts). */
export const TORCH_FRAMEWORK: Framework = {
  preamble: torchPreamble,
  classes: torchClasses,
  runClass: torchRunClass,
  run: torchRun,
};
