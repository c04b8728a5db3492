/**
 * The progress of a heavy computation with its cancel button (the transport is the kit's). A quick
 * fit never shows it: the bar appears after 150 ms.
 */
import { useEffect, useState } from 'preact/hooks';
import { tr } from '../i18n.js';
import type { LabContext } from '../shell/lab.js';
import type { RegressionStore } from './store.js';

export function Progress({ store, ctx }: { store: RegressionStore; ctx: LabContext }) {
  const computing = store.computing.value;
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!computing) return;
    const t = setTimeout(() => setLate(true), 150);
    return () => clearTimeout(t);
  }, [computing]);
  if (!computing || !late) return null;
  const f = store.progress.value;
  return (
    <div class="progress">
      <progress max={1} value={f} aria-label={tr('rg-computing')} />
      <span>{`${Math.round(f * 100)} %`}</span>
      <button
        type="button"
        id="r-cancel"
        onClick={() => {
          store.cancel();
          ctx.notify(tr('lab-cancelled'), 'info');
        }}
      >
        {tr('lab-cancel')}
      </button>
    </div>
  );
}
