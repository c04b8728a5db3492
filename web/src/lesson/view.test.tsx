import { signal } from '@preact/signals';
import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n.js';
import type { Lab } from '../shell/lab.js';
import { fixture } from './fixture.js';
import { LessonList } from './list.js';
import { LessonPage } from './page.js';
import { Prose, paragraphs, pieces } from './prose.js';
import { runNow } from './run-now.js';
import { createLessonStore } from './store.js';

afterEach(() => setLang('en'));

describe('prose', () => {
  it('pieces cuts code and emphasis out of a paragraph and leaves an unclosed mark as typed', () => {
    expect(pieces('a `x**2` and *this*, 2*3')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'x**2' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'this' },
      { kind: 'text', text: ', 2*3' },
    ]);
  });

  it('paragraphs splits at blank lines and drops empty ones', () => {
    expect(paragraphs('one\n\n two \n\n\n')).toEqual(['one', 'two']);
  });

  it('Prose renders markup in a lesson as text, never as HTML', () => {
    const html = render(<Prose text={'<img src=x onerror=alert(1)> *<b>x</b>*\n\n`<script>`'} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).toContain('<em>&lt;b>x&lt;/b></em>');
    expect(html).toContain('<p><code>&lt;script></code></p>');
  });
});

function store() {
  const lab = signal<Lab | null>(null);
  return {
    lab,
    store: createLessonStore([fixture], {
      open: () => {},
      lab,
      notify: () => {},
      runStep: async (e) => runNow(e),
    }),
  };
}

describe('the lesson view', () => {
  it('the list in Spanish names each lesson with its tutorial, its steps and a link to its address', () => {
    setLang('es');
    const html = render(<LessonList store={store().store} />);
    expect(html).toContain('<h2 id="lesson-list-title">Lecciones</h2>');
    expect(html).toContain('href="#lesson=bowl&amp;lang=es"');
    expect(html).toContain('tutorial 000 · 3 pasos');
  });

  it('a step with a question shows the question before the numbers, Run disabled until a choice, the live numbers hidden', () => {
    const { lab, store: s } = store();
    s.go('bowl', 2);
    const html = render(<LessonPage store={s} lab={lab} />);
    expect(html).toContain('Step 2 of 3');
    expect(html).toMatch(/id="lesson-run" disabled/);
    expect(html).toContain('<td class="live pending">…</td>');
    expect(html.indexOf('lesson-question')).toBeLessThan(html.indexOf('lesson-numbers'));
  });

  it('the first step renders its emphasis and code as elements, and Back is disabled', () => {
    const { lab, store: s } = store();
    s.go('bowl');
    const html = render(<LessonPage store={s} lab={lab} />);
    expect(html).toContain('Each step <em>multiplies</em> by <code>0.8</code>.');
    expect(html).toMatch(/id="lesson-back" disabled/);
  });

  it('a step with a slip shows it in the callout, titled in the language shown', () => {
    setLang('es');
    const { lab, store: s } = store();
    s.go('bowl', 3);
    const html = render(<LessonPage store={s} lab={lab} />);
    expect(html).toContain(
      '<aside class="lesson-slip" id="lesson-slip"><h4>El desliz del tutorial</h4><p>A slip.</p></aside>',
    );
    expect(html).toMatch(/id="lesson-next" disabled/);
  });
});
