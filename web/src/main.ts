/**
 * The lab's shell: header (tabs, language), notices, the address (the whole state in the hash,
 * through the experiment codec), keyboard shortcuts. Each lab owns its own panel.
 */

import { isDescensoError } from '../../src/errors.js';
import {
  type DescendExperiment,
  defaultExperiment,
  type Experiment,
  experimentFromHash,
  experimentFromJson,
  experimentToHash,
  parseExperiment,
} from '../../src/experiment/index.js';
import type { Lang } from '../../src/i18n/index.js';
import { type ColormapName, colormapNames } from '../../src/plot/index.js';
import {
  DerivativeLab,
  type DerivativeState,
  defaultDerivative,
  MAX_DERIVATIVE_STEPS,
} from './derivative-lab.js';
import { fill, h } from './dom.js';
import { readDomain } from './field.js';
import { getLang, onLang, setLang, tr } from './i18n.js';
import { defaultFit, RegressionLab } from './regression-lab.js';
import { defaultSurfaceView, domainMessage, SurfaceLab, type SurfaceView } from './surface-lab.js';

type LabName = 'surface' | 'regression' | 'derivative';
const LABS: readonly LabName[] = ['surface', 'regression', 'derivative'];

interface AddressState {
  experiment: Experiment;
  error?: string;
  view: Record<string, string>;
}

/** Reads `#x=<experiment>&cm=…&lang=…`: the experiment through the codec, the rest as view settings. */
function readAddress(hash: string): AddressState {
  const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
  const view: Record<string, string> = {};
  let x = '';
  for (const p of parts) {
    if (p.startsWith('x=')) x = p;
    else {
      const i = p.indexOf('=');
      if (i > 0) {
        try {
          view[p.slice(0, i)] = decodeURIComponent(p.slice(i + 1));
        } catch {
          /* a mangled view setting is ignored */
        }
      }
    }
  }
  if (view.lang === 'es' || view.lang === 'en') setLang(view.lang as Lang);
  const { experiment, error } = experimentFromHash(
    x === '' && parts.length > 0 && !hash.includes('x=') && Object.keys(view).length === 0 ? hash : x,
  );
  return { experiment, error: error?.messageIn(getLang()), view };
}

let domainNotice: string | null = null;

function surfaceView(v: Record<string, string>): SurfaceView {
  const out = { ...defaultSurfaceView };
  if ((colormapNames as readonly string[]).includes(v.cm)) out.cmap = v.cm as ColormapName;
  if (v.log === '1') out.logY = true;
  const tol = Number(v.tol);
  if (v.tol !== undefined && Number.isFinite(tol) && tol >= 0) out.tol = tol;
  if (v.dom !== undefined) {
    const r = readDomain(v.dom.split(','));
    if ('domain' in r) out.domain = r.domain;
    else domainNotice = tr('lab-domain-bad-address', { reason: domainMessage(r.fault) });
  }
  const speed = Number(v.speed);
  if (v.speed !== undefined && Number.isFinite(speed) && speed >= 1 && speed <= 10_000) out.speed = speed;
  return out;
}

const app = document.getElementById('app')!;
const notices = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
const main = h('main', { id: 'main' });

function notify(message: string, kind: 'error' | 'info' = 'info'): void {
  for (const n of notices.querySelectorAll('.notice')) if (n.getAttribute('data-text') === message) return;
  const close = h(
    'button',
    { type: 'button', class: 'icon', 'aria-label': tr('lab-dismiss'), title: tr('lab-dismiss') },
    '×',
  );
  const n = h('div', { class: `notice ${kind}`, 'data-text': message }, h('span', null, message), close);
  close.addEventListener('click', () => n.remove());
  notices.appendChild(n);
  if (kind === 'info') setTimeout(() => n.remove(), 6000);
}

/** The experiment as the schema writes it (same key order as after a reload). */
function canonical(e: Experiment): Experiment {
  try {
    return parseExperiment(JSON.parse(JSON.stringify(e)));
  } catch {
    return e;
  }
}

let writing = false;
let lastHash = '';
function writeAddress(): void {
  const parts: string[] = [];
  if (current === 'surface') {
    parts.push(experimentToHash(canonical(surface.exp)).slice(1));
    const v = surface.view;
    if (v.cmap !== defaultSurfaceView.cmap) parts.push(`cm=${v.cmap}`);
    if (v.logY) parts.push('log=1');
    if (v.tol !== defaultSurfaceView.tol) parts.push(`tol=${v.tol}`);
    if (v.speed !== defaultSurfaceView.speed) parts.push(`speed=${v.speed}`);
    if (v.domain && surface.exp.surface === undefined) parts.push(`dom=${v.domain.flat().join(',')}`);
  } else if (current === 'regression') {
    parts.push(experimentToHash(canonical(regression.exp)).slice(1));
  } else {
    const d = derivative.state;
    parts.push(
      'lab=derivative',
      `fx=${encodeURIComponent(d.formula)}`,
      `x0=${d.x}`,
      `h=${d.h}`,
      `lr=${d.lr}`,
      `it=${d.steps}`,
      `u=${encodeURIComponent(d.inner)}`,
      `y=${encodeURIComponent(d.outer)}`,
    );
  }
  parts.push(`lang=${getLang()}`);
  const hash = `#${parts.join('&')}`;
  if (hash === lastHash) return;
  lastHash = hash;
  writing = true;
  history.replaceState(null, '', hash);
  writing = false;
}

const initial = readAddress(location.hash);
const initialDescend: DescendExperiment =
  initial.experiment.kind === 'descend' ? initial.experiment : defaultExperiment;
const surface = new SurfaceLab(initialDescend, surfaceView(initial.view), () => writeAddress(), notify);
const regression = new RegressionLab(
  initial.experiment.kind === 'fit' ? initial.experiment : defaultFit,
  () => writeAddress(),
  notify,
);
const derivative = new DerivativeLab(derivativeState(initial.view), () => writeAddress());
let current: LabName =
  initial.experiment.kind === 'fit' || initial.view.lab === 'regression'
    ? 'regression'
    : initial.view.lab === 'derivative'
      ? 'derivative'
      : 'surface';
const started = new Set<LabName>();

function derivativeState(v: Record<string, string>): DerivativeState {
  const s = { ...defaultDerivative };
  if (typeof v.fx === 'string' && v.fx.length <= 2000) s.formula = v.fx;
  const x = Number(v.x0);
  if (v.x0 !== undefined && Number.isFinite(x)) s.x = x;
  const hh = Number(v.h);
  if (v.h !== undefined && Number.isFinite(hh) && hh > 0) s.h = hh;
  const lr = Number(v.lr);
  if (v.lr !== undefined && Number.isFinite(lr) && lr > 0) s.lr = lr;
  const it = Number(v.it);
  if (v.it !== undefined && Number.isInteger(it) && it >= 1 && it <= MAX_DERIVATIVE_STEPS) s.steps = it;
  if (typeof v.u === 'string' && v.u.length <= 2000) s.inner = v.u;
  if (typeof v.y === 'string' && v.y.length <= 2000) s.outer = v.y;
  return s;
}

function labOf(name: LabName) {
  return name === 'surface' ? surface : name === 'regression' ? regression : derivative;
}

function show(name: LabName): void {
  current = name;
  renderHeader();
  const lab = labOf(name);
  main.replaceChildren(lab.root);
  if (!started.has(name)) {
    started.add(name);
    if (name === 'derivative') derivative.render();
    else lab === surface ? surface.start() : regression.start();
  }
  writeAddress();
}

function importExperiment(text: string): void {
  try {
    const e = experimentFromJson(text);
    const oneVariable = e.kind === 'descend' && e.surface === undefined && e.vars?.length === 1;
    if (e.kind === 'descend' && oneVariable) {
      // a function of x alone (the derivative lab's own export) opens in the derivative lab
      const lr = Number(e.optimizers[0]?.options?.lr);
      show('derivative');
      derivative.setState({
        ...derivative.state,
        formula: e.formula ?? derivative.state.formula,
        x: e.start?.[0] ?? derivative.state.x,
        steps: Math.min(e.steps, MAX_DERIVATIVE_STEPS),
        lr: lr > 0 ? lr : derivative.state.lr,
      });
    } else if (e.kind === 'descend') {
      show('surface');
      surface.setExperiment(e);
    } else {
      show('regression');
      regression.setExperiment(e);
    }
    notify(tr('lab-imported'), 'info');
  } catch (err) {
    notify(
      tr('lab-import-failed', { reason: isDescensoError(err) ? err.messageIn(getLang()) : String(err) }),
      'error',
    );
  }
}
surface.importHandler = importExperiment;
regression.importHandler = importExperiment;
derivative.importHandler = importExperiment;

const langSelect = h(
  'select',
  { id: 'lang', onchange: (ev: Event) => setLang((ev.target as HTMLSelectElement).value as Lang) },
  h('option', { value: 'es' }, 'Español'),
  h('option', { value: 'en' }, 'English'),
);

const header = h('header', { class: 'top' });
function renderHeader(): void {
  langSelect.value = getLang();
  fill(
    header,
    h(
      'div',
      { class: 'brand' },
      h('h1', null, tr('lab-title')),
      h('span', { class: 'tagline' }, tr('lab-tagline')),
    ),
    h(
      'nav',
      { class: 'tabs', 'aria-label': tr('lab-tabs') },
      LABS.map((name) =>
        h(
          'button',
          {
            type: 'button',
            id: `tab-${name}`,
            class: name === current ? 'tab on' : 'tab',
            'aria-pressed': String(name === current),
            onclick: () => {
              if (name !== current) show(name);
            },
          },
          tr(`lab-tab-${name}`),
        ),
      ),
    ),
    h('div', { class: 'lang' }, h('label', { for: 'lang' }, tr('lab-language')), langSelect),
  );
}

document.documentElement.lang = getLang();
renderHeader();
app.replaceChildren(header, notices, main);
show(current);
if (initial.error) notify(initial.error, 'error');
if (domainNotice) notify(domainNotice, 'error');

onLang(() => {
  renderHeader();
  for (const name of started) labOf(name).render();
  writeAddress();
});

window.addEventListener('hashchange', () => {
  if (writing || location.hash === lastHash) return;
  const s = readAddress(location.hash);
  if (s.error) notify(s.error, 'error');
  if (s.experiment.kind === 'fit') {
    show('regression');
    regression.setExperiment(s.experiment);
  } else if (s.view.lab === 'regression') {
    show('regression');
  } else if (s.view.lab === 'derivative') {
    derivative.state = derivativeState(s.view);
    show('derivative');
    derivative.render();
  } else {
    domainNotice = null;
    surface.view = surfaceView(s.view);
    if (domainNotice) notify(domainNotice, 'error');
    show('surface');
    surface.setExperiment(s.experiment);
  }
});

// Keyboard: space plays/pauses, arrows step — unless the focus is in a field that uses those keys.
window.addEventListener('keydown', (ev) => {
  const t = ev.target as HTMLElement;
  const tag = t.tagName;
  const typing = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || t.isContentEditable;
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (current === 'derivative') return;
  const lab = current === 'surface' ? surface : regression;
  if (ev.key === ' ' && tag !== 'BUTTON') {
    ev.preventDefault();
    lab.toggle();
  } else if (ev.key === 'ArrowRight') {
    ev.preventDefault();
    lab.stepBy(1);
  } else if (ev.key === 'ArrowLeft') {
    ev.preventDefault();
    lab.stepBy(-1);
  }
});

// For the browser tests and the benchmark.
(window as unknown as { descensoLab: unknown }).descensoLab = {
  surface,
  regression,
  derivative,
  importExperiment,
};
