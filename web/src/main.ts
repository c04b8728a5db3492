/**
 * The lab's shell: header (tabs, language), notices, the address (the whole state in the hash,
 * through the experiment codec), keyboard shortcuts. Each lab owns its own panel.
 */

import { isDescensoError } from '../../src/errors.js';
import {
  type DescendExperiment,
  defaultExperiment,
  type Experiment,
  experimentFromJson,
  experimentToAddress,
  type FitExperiment,
  parseExperiment,
  type ViewSettings,
} from '../../src/experiment/index.js';
import type { Lang } from '../../src/i18n/index.js';
import type { ColormapName } from '../../src/plot/index.js';
import { LABS, type LabName, readAddress as parseAddress, vetExperiment } from './address.js';
import {
  DerivativeLab,
  type DerivativeState,
  defaultDerivative,
  derivativeExperiment,
  derivativeStateOf,
  MAX_DERIVATIVE_STEPS,
} from './derivative-lab.js';
import { fill, h } from './dom.js';
import { getLang, onLang, setLang, tr } from './i18n.js';
import { MAX_ADDRESS_POINTS, MAX_CSV_ROWS } from './limits.js';
import { defaultFit, RegressionLab } from './regression-lab.js';
import { defaultSurfaceView, SurfaceLab, type SurfaceView } from './surface-lab.js';

interface AddressState {
  experiment: Experiment;
  errors: string[];
  view: Map<string, string>;
  lab: LabName;
}

/** Reads the address (see address.ts: it never throws) and sets the language it names. */
function readAddress(hash: string): AddressState {
  const a = parseAddress(hash);
  if (a.lang) setLang(a.lang);
  const errors = a.errors.map((e) => e.messageIn(getLang()));
  return { experiment: withFileData(a.experiment, a.view, errors), errors, view: a.view, lab: a.lab };
}

// ---- uploaded data: in the tab, not in the address ---------------------------------------------

const SESSION_DATA = 'descenso-lab-data';
/** The last uploaded data too large for the address (also in sessionStorage when it fits there). */
let fileData: { x: number[]; y: number[] } | null = null;

function keepFileData(x: number[], y: number[]): void {
  if (fileData?.x === x && fileData.y === y) return;
  fileData = { x, y };
  try {
    sessionStorage.setItem(SESSION_DATA, JSON.stringify(fileData));
  } catch {
    // over the storage quota: kept in memory only, for as long as the page lives
    sessionStorage.removeItem(SESSION_DATA);
  }
}

function storedFileData(): { x: number[]; y: number[] } | null {
  if (fileData) return fileData;
  try {
    const v = JSON.parse(sessionStorage.getItem(SESSION_DATA) ?? 'null') as unknown;
    const ok = (a: unknown): a is number[] =>
      Array.isArray(a) &&
      a.length <= MAX_CSV_ROWS &&
      a.every((n) => typeof n === 'number' && Number.isFinite(n));
    const d = v as { x?: unknown; y?: unknown } | null;
    if (d && ok(d.x) && ok(d.y) && d.x.length === d.y.length && d.x.length > 0) return { x: d.x, y: d.y };
  } catch {
    /* nothing usable stored */
  }
  return null;
}

/** `data=file`: the fit's data comes from this tab's upload; a shared link does not carry it. */
function withFileData(e: Experiment, view: Map<string, string>, errors: string[]): Experiment {
  const mark = view.get('data');
  if (mark === undefined) return e;
  if (mark !== 'file' || e.kind !== 'fit') {
    errors.push(tr('lab-address-setting', { setting: `data=${mark.slice(0, 60)}` }));
    return e;
  }
  const d = storedFileData();
  if (!d) {
    errors.push(tr('lab-data-not-included'));
    return e;
  }
  return { ...e, data: { ...e.data, x: d.x, y: d.y } };
}

/** The regression lab's address: its experiment, without uploaded data past the bound (then `data=file`). */
function fitAddress(e: FitExperiment): string {
  const { x, y, ...rest } = e.data;
  if (!x || !y || x.length <= MAX_ADDRESS_POINTS) return experimentToAddress(canonical(e));
  keepFileData(x as number[], y);
  return `${experimentToAddress(canonical({ ...e, data: rest }))}&data=file`;
}

/** The surface lab's view as the experiment's `view` carries it: only what differs from the lab's default. */
function viewSettingsOf(v: SurfaceView): ViewSettings {
  const out: ViewSettings = {};
  if (v.cmap !== defaultSurfaceView.cmap) out.colormap = v.cmap;
  if (v.logY) out.log = true;
  if (v.speed !== defaultSurfaceView.speed) out.speed = v.speed;
  if (v.tol !== defaultSurfaceView.tol) out.tolerance = v.tol;
  return out;
}

/** The surface lab's view from an experiment: its `view`, and a typed formula's domain (the map drawn). */
function surfaceView(e: Experiment): SurfaceView {
  const v = e.view ?? {};
  const out: SurfaceView = {
    cmap: (v.colormap as ColormapName | undefined) ?? defaultSurfaceView.cmap,
    logY: v.log ?? defaultSurfaceView.logY,
    tol: v.tolerance ?? defaultSurfaceView.tol,
    speed: Math.min(10_000, Math.max(1, v.speed ?? defaultSurfaceView.speed)),
  };
  const d = e.kind === 'descend' && e.formula !== undefined ? e.domain : undefined;
  if (d?.length === 2)
    out.domain = [
      [d[0][0], d[0][1]],
      [d[1][0], d[1][1]],
    ];
  return out;
}

/** The surface lab's experiment as the address holds it: a typed formula's domain when one was set. */
function surfaceExperiment(): DescendExperiment {
  const e = surface.exp;
  const d = surface.view.domain;
  return e.surface === undefined && d ? { ...e, domain: d.map(([lo, hi]) => [lo, hi]) } : e;
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

/** The address of the lab shown: one experiment, its view (the language included) inside. */
function addressOf(name: LabName): string {
  const lang = { lang: getLang() };
  if (name === 'surface')
    return experimentToAddress(
      canonical({ ...surfaceExperiment(), view: { ...viewSettingsOf(surface.view), ...lang } }),
    );
  if (name === 'regression') return fitAddress({ ...regression.exp, view: lang });
  return experimentToAddress(canonical(derivativeExperiment(derivative.state)));
}

let writing = false;
let lastHash = '';
function writeAddress(): void {
  const hash = addressOf(current);
  if (hash === lastHash) return;
  lastHash = hash;
  writing = true;
  // the default experiment is the empty address: the page's own URL, without a bare '#'
  history.replaceState(null, '', hash === '#' ? location.pathname + location.search : hash);
  writing = false;
}

/** A descend experiment of one variable (the derivative lab's own export): not for the surface lab. */
function oneVariable(e: Experiment): boolean {
  return e.kind === 'descend' && e.surface === undefined && e.vars?.length === 1;
}

/** The derivative lab's state for a one-variable experiment. */
function derivativeOf(e: DescendExperiment, base: DerivativeState): DerivativeState {
  const lr = Number(e.optimizers[0]?.options?.lr);
  return {
    ...base,
    formula: e.formula ?? base.formula,
    x: e.start?.[0] ?? base.x,
    steps: Math.min(e.steps, MAX_DERIVATIVE_STEPS),
    lr: lr > 0 ? lr : base.lr,
  };
}

const initial = readAddress(location.hash);
const initialOneVariable = oneVariable(initial.experiment);
const initialDescend: DescendExperiment =
  initial.experiment.kind === 'descend' && !initialOneVariable ? initial.experiment : defaultExperiment;
const surface = new SurfaceLab(initialDescend, surfaceView(initial.experiment), () => writeAddress(), notify);
const regression = new RegressionLab(
  initial.experiment.kind === 'fit' ? initial.experiment : defaultFit,
  () => writeAddress(),
  notify,
);
const derivative = new DerivativeLab(derivativeStateFor(initial.experiment, defaultDerivative), () =>
  writeAddress(),
);
let current: LabName = initialOneVariable ? 'derivative' : initial.lab;
const started = new Set<LabName>();

/** The derivative lab's state an experiment gives: its own kind, or an old one-variable descent; else `base`. */
function derivativeStateFor(e: Experiment, base: DerivativeState): DerivativeState {
  if (e.kind === 'derivative') return derivativeStateOf(e);
  return oneVariable(e) ? derivativeOf(e as DescendExperiment, base) : base;
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
    // a file goes through the same checks as an address: names are looked up as own properties
    const vetted = vetExperiment(experimentFromJson(text));
    if (vetted.error) throw vetted.error;
    const e = vetted.experiment;
    if (e.kind === 'derivative' || oneVariable(e)) {
      // a study of the derivative lab (or its old export, a function of x alone) opens there
      show('derivative');
      derivative.setState(derivativeStateFor(e, derivative.state));
    } else if (e.kind === 'descend') {
      show('surface');
      surface.setExperiment(e);
    } else if (e.kind === 'fit') {
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
  // the tab's title too: index.html's is English ("descenso lab")
  document.title = tr('lab-title');
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
for (const error of initial.errors) notify(error, 'error');
if (initialOneVariable) notify(tr('lab-surface-one-var'), 'info');

onLang(() => {
  renderHeader();
  for (const name of started) labOf(name).render();
  writeAddress();
});

window.addEventListener('hashchange', () => {
  if (writing || location.hash === lastHash) return;
  const s = readAddress(location.hash);
  for (const error of s.errors) notify(error, 'error');
  const e = s.experiment;
  if (e.kind === 'fit') {
    show('regression');
    regression.setExperiment(e);
  } else if (e.kind === 'derivative' || oneVariable(e)) {
    if (e.kind === 'descend') notify(tr('lab-surface-one-var'), 'info');
    show('derivative');
    derivative.setState(derivativeStateFor(e, derivative.state));
  } else {
    surface.view = surfaceView(e);
    show('surface');
    surface.setExperiment(e);
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
