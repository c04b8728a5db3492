import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlProblem } from './xml.js';

describe('escapeXml', () => {
  it('escapeXml replaces the five XML specials', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;');
  });

  it('escapeXml drops characters XML cannot carry and keeps astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\ud800d\t😀')).toBe('abcd\t😀');
  });

  it('escapeXml of any string gives text that is well-formed inside an element and an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeXml(s);
        expect(xmlProblem(`<a title="${e}">${e}</a>`)).toBeNull();
      }),
    );
  });
});

describe('xmlProblem', () => {
  it('xmlProblem accepts a small SVG with a declaration, comment and entities', () => {
    expect(
      xmlProblem('<?xml version="1.0"?><!-- x --><svg a="1" b=\'2\'><g><t>&lt;&#60;&#x3c;</t></g><p/></svg>'),
    ).toBeNull();
  });

  it('xmlProblem reports mismatched and unclosed tags', () => {
    expect(xmlProblem('<a><b></a></b>')).toMatch(/closes/);
    expect(xmlProblem('<a><b></b>')).toMatch(/unclosed/);
  });

  it('xmlProblem reports a stray < or & and an unknown entity', () => {
    expect(xmlProblem('<a>1 < 2</a>')).toMatch(/stray/);
    expect(xmlProblem('<a>R&D</a>')).toMatch(/reference/);
    expect(xmlProblem('<a>&nbsp;</a>')).toMatch(/undefined entity/);
  });

  it('xmlProblem reports a duplicate attribute, an unquoted one and a second root', () => {
    expect(xmlProblem('<a x="1" x="2"/>')).toMatch(/duplicate/);
    expect(xmlProblem('<a x=1/>')).toMatch(/malformed/);
    expect(xmlProblem('<a/><b/>')).toMatch(/second root/);
  });

  it('xmlProblem reports forbidden characters and an empty document', () => {
    expect(xmlProblem('<a>\u0001</a>')).toMatch(/forbidden/);
    expect(xmlProblem('   ')).toMatch(/no root/);
  });
});
