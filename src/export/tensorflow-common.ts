/**
 * What the TensorFlow scripts of descents and fits share: the header, imports and dtype (Keras's
 * floatx too, so its optimizers keep their rate and state in float64), the written-out optimizer
 * classes, and `Run`: one optimizer's settings and its update, clipping first, then
 * `apply_gradients`.
 */
import type { Framework } from './framework.js';
import type { OptimizerPlan } from './plan.js';
import { type PyWriter, pyComment, pyFloat, pyString } from './python.js';
import type { PythonClass } from './pytorch-optim.js';
import { scheduleExpression } from './pytorch-optim.js';
import { kerasOptimizer, WRITTEN_OUT_BASE } from './tensorflow-optim.js';

export function tfPreamble(w: PyWriter, title: string, dtype: 'float64' | 'float32'): void {
  w.line('#!/usr/bin/env python3');
  w.line(`"""${title}, in TensorFlow with Keras's optimizers.`);
  w.line('');
  w.line('Written by descenso (`descenso export FILE.json --to tensorflow`). Run as it is, it prints each');
  w.line(
    "run's progress; `python3 script.py --csv` prints the CSV of `descenso run FILE.json --format csv`,",
  );
  w.line('the same rows with the same numbers.');
  w.line('"""');
  w.line(
    'import decimal',
    'import math',
    'import sys',
    '',
    'import keras',
    'import numpy as np',
    'import tensorflow as tf',
  );
  w.blank();
  if (dtype === 'float64') {
    w.line("# float64, descenso's default: the variables, and the rate and state Keras's optimizers keep.");
    w.line("keras.backend.set_floatx('float64')");
    w.line('DT = tf.float64');
  } else {
    w.line('# float32, as the experiment asks: every operation rounds to single precision.');
    w.line('DT = tf.float32');
  }
  w.blank();
}

export function tfClasses(w: PyWriter, plans: readonly OptimizerPlan[]): void {
  const seen = new Map<string, PythonClass>();
  for (const p of plans) {
    const cls = kerasOptimizer(p).cls;
    if (cls && !seen.has(cls.name)) seen.set(cls.name, cls);
  }
  if (seen.size === 0) return;
  w.line('# ---- Optimizers keras.optimizers does not have in this form, written out -----------------');
  w.blank();
  const all = [...seen.values()];
  if (all.some((c) => c.name !== 'Newton')) {
    w.line(...WRITTEN_OUT_BASE.lines);
    w.blank();
    w.blank();
  }
  for (const cls of all) {
    w.line(...cls.lines);
    w.blank();
    w.blank();
  }
}

/** The clipping by norm (when a run clips) and `Run`. */
export function tfRunClass(w: PyWriter, plans: readonly OptimizerPlan[]): void {
  const clipsNorm = plans.some((p) => typeof p.options.clipNorm === 'number');
  if (clipsNorm) {
    w.block('def clip_by_global_norm(grads, max_norm):', () => {
      w.line('"""The gradients scaled so that their global norm is at most max_norm.');
      w.line('');
      w.line('tf.clip_by_global_norm multiplies by max_norm·min(1/‖g‖, 1/max_norm), which can differ from');
      w.line("descenso's max_norm/‖g‖ in the last digit: written out.");
      w.line('"""');
      w.line('sq = 0.0');
      w.block('for g in grads:', () =>
        w.block('for x in g.numpy().flatten().tolist():', () => w.line('sq += x * x')),
      );
      w.line('norm = math.sqrt(sq)');
      w.line('return [g * (max_norm / norm) for g in grads] if norm > max_norm else grads');
    });
    w.blank();
    w.blank();
  }
  w.block('class Run:', () => {
    w.line('"""One optimizer of the experiment: its label, how it is built, its learning rate written out');
    w.line("per step when it follows a schedule, and its clipping (before the optimizer, as Keras's).");
    w.line('"""');
    w.blank();
    w.block('def __init__(self, label, build, lr_at=None, clip_value=None, clip_norm=None):', () => {
      w.line('self.label, self.build, self.lr_at = label, build, lr_at');
      w.line('self.clip_value, self.clip_norm = clip_value, clip_norm');
    });
    w.blank();
    w.block('def start(self, params):', () => {
      w.line('"""A fresh optimizer for the variables params."""');
      w.line('self.params, self.optimizer = params, self.build()');
    });
    w.blank();
    w.block('def step(self, k, grads):', () => {
      w.line('"""Update number k (from 0): the rate of step k, clipping, then apply_gradients."""');
      w.block('if self.lr_at is not None:', () => w.line('self.optimizer.learning_rate = self.lr_at(k)'));
      w.block('if self.clip_value is not None:', () =>
        w.line('grads = [tf.clip_by_value(g, -self.clip_value, self.clip_value) for g in grads]'),
      );
      if (clipsNorm)
        w.block('if self.clip_norm is not None:', () =>
          w.line('grads = clip_by_global_norm(grads, self.clip_norm)'),
        );
      w.line('self.optimizer.apply_gradients(zip(grads, self.params))');
    });
  });
  w.blank();
  w.blank();
}

/** The arguments of one `Run(...)`. */
export function tfRun(w: PyWriter, label: string, plan: OptimizerPlan): void {
  const k = kerasOptimizer(plan);
  w.line(`${pyString(label)},`);
  for (const c of k.comment)
    for (const line of c.split('\n')) w.line(line.startsWith('#') ? line : pyComment(line));
  w.line(`lambda: ${k.build},`);
  if (typeof plan.lr !== 'number' && plan.lr.kind !== 'constant') {
    w.line(
      "# The rate follows a schedule, written out: Keras's schedule objects compute in their own",
      '# dtype and order, which would change the last digits.',
    );
    w.line(`lr_at=lambda k: ${scheduleExpression(plan.lr, 'k')},`);
  }
  if (typeof plan.options.clipValue === 'number') w.line(`clip_value=${pyFloat(plan.options.clipValue)},`);
  if (typeof plan.options.clipNorm === 'number') w.line(`clip_norm=${pyFloat(plan.options.clipNorm)},`);
}

/** The parts of a script that are TensorFlow's own (see framework.ts). */
export const TF_FRAMEWORK: Framework = {
  preamble: tfPreamble,
  classes: tfClasses,
  runClass: tfRunClass,
  run: tfRun,
};
