import { describe, expect, it } from 'vitest';
import { defaultExperiment, experimentToAddress } from '../../../src/experiment/index.js';
import { embedMarkOf, readAddress } from './address.js';
import { attr, iframeHtml, pageUrl, withEmbed, withoutEmbed } from './embed-address.js';

const http = { protocol: 'https:', origin: 'https://example.org', pathname: '/lab/', search: '' };

describe('embed addresses', () => {
  it('withEmbed of the default address (#) is #embed=1, of an experiment its address and &embed=1', () => {
    expect(withEmbed('#', '1')).toBe('#embed=1');
    expect(withEmbed('#surface=peaks&lang=es', '1')).toBe('#surface=peaks&lang=es&embed=1');
    expect(withEmbed('#surface=peaks', '3d')).toBe('#surface=peaks&embed=3d');
  });

  it('withoutEmbed drops only the embed marks, and gives "" when nothing else is left', () => {
    expect(withoutEmbed('#surface=peaks&embed=1&lang=es')).toBe('#surface=peaks&lang=es');
    expect(withoutEmbed('#embed=3d')).toBe('');
    expect(withoutEmbed('#a=1&data=file&embed=1')).toBe('#a=1&data=file');
  });

  it('readAddress of an embedded address gives the same experiment as without the mark, and the mark', () => {
    const hash = experimentToAddress({ ...defaultExperiment, surface: 'himmelblau', view: { lang: 'es' } });
    const plain = readAddress(hash);
    const embedded = readAddress(withEmbed(hash, '1'));
    expect(embedded.experiment).toEqual(plain.experiment);
    expect(embedded.errors).toEqual([]);
    expect(embedded.view.get('embed')).toBe('1');
    expect(embedded.lang).toBe('es');
    expect(readAddress('#embed=3d').view.get('embed')).toBe('3d');
  });

  it('readAddress of embed=yes ignores that mark and names it', () => {
    const a = readAddress('#embed=yes');
    expect(a.view.has('embed')).toBe(false);
    expect(a.errors.map((e) => e.messageIn('en'))).toEqual([expect.stringContaining('embed=yes')]);
  });

  it('embedMarkOf finds embed=1 or embed=3d anywhere in the address, and nothing else', () => {
    expect(embedMarkOf('#surface=peaks&embed=1')).toBe('1');
    expect(embedMarkOf('embed=3d&lang=en')).toBe('3d');
    expect(embedMarkOf('#surface=peaks')).toBeNull();
    expect(embedMarkOf('#embed=2')).toBeNull();
    expect(embedMarkOf('#x=embed=1')).toBeNull();
  });

  it('pageUrl is absolute over http(s) and the file name from a file', () => {
    expect(pageUrl(http, '#a=1&embed=1')).toBe('https://example.org/lab/#a=1&embed=1');
    expect(pageUrl({ ...http, protocol: 'http:', origin: 'http://127.0.0.1:5166' }, '#b')).toBe(
      'http://127.0.0.1:5166/lab/#b',
    );
    const file = { protocol: 'file:', origin: 'null', pathname: '/home/ana/descenso.html', search: '' };
    expect(pageUrl(file, '#embed=1')).toBe('descenso.html#embed=1');
  });

  it('iframeHtml writes the snippet with its attributes escaped', () => {
    const html = iframeHtml({
      src: 'https://e.org/#f="x<1"&embed=1',
      width: 640,
      height: 480,
      title: 'a "b"',
    });
    expect(html).toBe(
      '<iframe src="https://e.org/#f=&quot;x&lt;1&quot;&amp;embed=1" width="640" height="480" title="a &quot;b&quot;" loading="lazy" style="border:0"></iframe>',
    );
    expect(attr('&&')).toBe('&amp;&amp;');
  });
});
