/**
 * The training loop in Python, the same rules as src/train/fit.ts: one RandomState(seed) per run
 * drawing the initial weights and then each epoch's permutation (NumPy's, so the batches are
 * descenso's); the loss on all the data after every epoch; full-batch steps, or one step per batch
 * of the permutation; stop rules (loss change ≤ tolerance × max(1, |previous|), ‖∇‖ ≤ gradNorm in
 * the batch regime); divergence when a loss passes 10⁶ × max(|loss₀|, 10⁻⁶) (a batch's, scaled by
 * n/size) or a parameter is not finite. Shared by the generators that update by hand.
 */
import type { FitPlan } from './plan.js';
import { type PyWriter, pyFloat, pyInt } from './python.js';

const optional = (v: number | undefined) => (v === undefined ? 'None' : pyFloat(v));

export function fitConstants(w: PyWriter, plan: FitPlan): void {
  w.line(`EPOCHS = ${pyInt(plan.epochs)}`);
  w.line(`BATCH_SIZE = ${pyInt(plan.batchSize)}  # the mini-batch regime's (the sgd regime's is 1)`);
  w.line(`SHUFFLE = ${plan.shuffle ? 'True' : 'False'}  # a new permutation of the points every epoch`);
  w.line(`SEED = ${pyInt(plan.seed)}  # the initial weights, then the permutations`);
  w.line(`EVERY = ${pyInt(plan.every)}  # keep epochs 0, EVERY, 2·EVERY, … and the last`);
  w.line(
    `TOLERANCE = ${optional(plan.stop.tolerance)}  # stop (converged) when the loss changes by this, relative`,
  );
  w.line(
    `GRAD_NORM = ${optional(plan.stop.gradNorm)}  # stop (converged) when ‖∇‖ falls to this (batch regime)`,
  );
  w.blank();
}

export function fitLoop(w: PyWriter): void {
  w.line('# ---- Training ------------------------------------------------------------------------');
  w.block('def fit(init, update, regime):', () => {
    w.line(
      '"""Trains from the initial parameters; returns the kept epochs (epoch, loss, θ) and the status."""',
    );
    w.line('rng = np.random.RandomState(SEED)');
    w.line('theta = initial_params(rng)');
    w.line('state = init(theta)');
    w.line("size = N if regime == 'batch' else 1 if regime == 'sgd' else BATCH_SIZE");
    w.line(
      "history, pending, status, previous, limit, updates = [], None, 'max-steps', math.nan, math.inf, 0",
    );
    w.block('def step(G):', () => {
      w.line('nonlocal theta, state, updates');
      w.line('u, state = update(G, state, theta, updates)');
      w.line('theta, updates = theta + u, updates + 1');
    });
    w.line('epoch = 0');
    w.block('while True:', () => {
      w.block("if regime == 'batch' and epoch < EPOCHS:", () =>
        w.line('value, G = loss_and_grad(theta, X, Y)'),
      );
      w.block('else:', () => w.line('value = loss_value(theta, X, Y)'));
      w.block('if epoch == 0:', () => {
        w.block('if not math.isfinite(value):', () =>
          w.line("raise SystemExit('the loss is not defined at the initial parameters')"),
        );
        w.line('limit = 1e6 * max(abs(value), 1e-6)');
      });
      w.block(
        'if not (math.isfinite(value) and abs(value) <= limit) or not all(map(math.isfinite, map(float, theta))):',
        () => {
          w.line("status = 'diverged'");
          w.line('break');
        },
      );
      w.line('pending = None');
      w.block('if epoch % EVERY == 0:', () => w.line('history.append((epoch, value, theta))'));
      w.block('else:', () => w.line('pending = (epoch, value, theta)'));
      w.block(
        'if TOLERANCE is not None and math.isfinite(previous) and abs(value - previous) <= TOLERANCE * max(1, abs(previous)):',
        () => {
          w.line("status = 'converged'");
          w.line('break');
        },
      );
      w.line('previous = value');
      w.block('if epoch == EPOCHS:', () => w.line('break'));
      w.block("if regime == 'batch':", () => {
        w.block(
          'if GRAD_NORM is not None and math.sqrt(sum(float(gi) ** 2 for gi in G)) <= GRAD_NORM:',
          () => {
            w.line("status = 'converged'");
            w.line('break');
          },
        );
        w.line('step(G)');
        w.line('epoch += 1');
        w.line('continue');
      });
      w.line('order = rng.permutation(N) if SHUFFLE else np.arange(N)');
      w.line('blown = False');
      w.block('for s in range(0, N, size):', () => {
        w.line('batch = order[s:s + size]');
        w.line('batch_loss, G = loss_and_grad(theta, X[batch], Y[batch])');
        w.block('if not (math.isfinite(batch_loss) and abs(batch_loss) <= limit * N / len(batch)):', () => {
          w.line('blown = True');
          w.line('break');
        });
        w.line('step(G)');
      });
      w.block('if blown:', () => {
        w.line("status = 'diverged'");
        w.line('break');
      });
      w.line('epoch += 1');
    });
    w.block('if pending is not None:', () => w.line('history.append(pending)'));
    w.line('return history, status');
  });
  w.blank();
}
