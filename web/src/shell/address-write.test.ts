import { describe, expect, it } from 'vitest';
import { defaultExperiment, defaultFit, experimentFromAddress } from '../../../src/experiment/index.js';
import { MAX_ADDRESS_POINTS } from '../kit/limits.js';
import { createFileData, SESSION_DATA, withFileData } from './file-data.js';
import { createNotices, INFO_MS } from './notices.js';
import { addressOf, urlOf } from './write-address.js';

/** A Storage in memory, optionally full. */
function memory(full = false) {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new Error('quota');
      m.set(k, v);
    },
    removeItem: (k: string) => void m.delete(k),
  };
}
const say = { setting: (s: string) => `setting ${s}`, missing: () => 'missing' };

describe('addressOf', () => {
  it('addressOf(e, es) reads back as e with the language in its view', () => {
    const e = { ...defaultExperiment, steps: 321 };
    const back = experimentFromAddress(addressOf(e, 'es', createFileData(null)).slice(1));
    expect(back.errors).toEqual([]);
    expect(back.experiment).toMatchObject({ steps: 321, view: { lang: 'es' } });
  });
  it('addressOf a fit with more points than the address holds writes data=file and keeps the data in the tab', () => {
    const n = MAX_ADDRESS_POINTS + 1;
    const x = Array.from({ length: n }, (_v, i) => i);
    const y = x.map((v) => 2 * v);
    const store = memory();
    const data = createFileData(store);
    const hash = addressOf({ ...defaultFit, data: { ...defaultFit.data, x, y } }, 'en', data);
    expect(hash.endsWith('&data=file')).toBe(true);
    expect(hash.length).toBeLessThan(2000);
    expect(JSON.parse(store.m.get(SESSION_DATA) ?? '{}').x).toHaveLength(n);
    // a reload of the tab: a new page's memory, the same session storage
    const errors: string[] = [];
    const e = withFileData(defaultFit, new Map([['data', 'file']]), createFileData(store), errors, say);
    expect(errors).toEqual([]);
    expect(e.kind === 'fit' && e.data.y).toEqual(y);
  });
  it('urlOf("#") is the page’s own path (no bare #), any other hash is itself', () => {
    expect(urlOf('#', '/lab/')).toBe('/lab/');
    expect(urlOf('#s=peaks', '/lab/')).toBe('#s=peaks');
  });
});

describe('file data', () => {
  it('withFileData with nothing stored, or on a descent, names what it ignored', () => {
    const errors: string[] = [];
    withFileData(defaultFit, new Map([['data', 'file']]), createFileData(memory()), errors, say);
    withFileData(defaultExperiment, new Map([['data', 'file']]), createFileData(memory()), errors, say);
    expect(errors).toEqual(['missing', 'setting data=file']);
  });
  it('createFileData over a full storage keeps the data in memory', () => {
    const data = createFileData(memory(true));
    data.keep([1, 2], [3, 4]);
    expect(data.stored()).toEqual({ x: [1, 2], y: [3, 4] });
  });
  it('createFileData refuses stored data that is not two equal lists of finite numbers', () => {
    const store = memory();
    store.setItem(SESSION_DATA, JSON.stringify({ x: [1, 2], y: [1] }));
    expect(createFileData(store).stored()).toBe(null);
    store.setItem(SESSION_DATA, '{not json');
    expect(createFileData(store).stored()).toBe(null);
  });
});

describe('notices', () => {
  it('notify shows a text once; an info fades after INFO_MS, an error stays until dismissed', () => {
    const timers: [() => void, number][] = [];
    const n = createNotices((f, ms) => void timers.push([f, ms]));
    n.notify('saved', 'info');
    n.notify('saved', 'info');
    n.notify('broken', 'error');
    expect(n.list.value.map((x) => x.text)).toEqual(['saved', 'broken']);
    expect(timers.map(([, ms]) => ms)).toEqual([INFO_MS]);
    timers[0][0]();
    expect(n.list.value.map((x) => x.text)).toEqual(['broken']);
    n.dismiss(n.list.value[0].id);
    expect(n.list.value).toEqual([]);
  });
});
