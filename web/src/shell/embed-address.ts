/**
 * The addresses and the HTML of an embedded figure, without the DOM: the embed's own address (the
 * lab's address with its `embed=` mark), the full lab's (the same without it), the iframe's `src`
 * (absolute when the lab is served over http(s), beside the page's file otherwise) and the
 * snippet itself, its attributes escaped.
 */
import type { EmbedMark } from './address.js';

/** The sizes an embed is made for: from a thumbnail on a slide to a wide course page. */
export const EMBED_SIZE = { width: { min: 300, max: 1600 }, height: { min: 200, max: 1000 } } as const;

/** `hash` (as the shell writes it: '#' alone for the default experiment) with the embed mark. */
export function withEmbed(hash: string, mark: EmbedMark): string {
  const h = hash.replace(/^#/, '');
  return h === '' ? `#embed=${mark}` : `#${h}&embed=${mark}`;
}

/** `hash` without its embed marks ('' when nothing else is left: the default experiment). */
export function withoutEmbed(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('embed='));
  return rest.length === 0 ? '' : `#${rest.join('&')}`;
}

/** Where the page is, as `location` says it. */
export interface PageLocation {
  protocol: string;
  origin: string;
  pathname: string;
  search: string;
}

/** The page's own address for `hash`: absolute over http(s); from a file, the file's name alone. */
export function pageUrl(at: PageLocation, hash: string): string {
  if (at.protocol === 'http:' || at.protocol === 'https:')
    return `${at.origin}${at.pathname}${at.search}${hash}`;
  const file = at.pathname.split('/').pop() || 'index.html';
  return `${file}${at.search}${hash}`;
}

/** An attribute's value as HTML text (inside double quotes). */
export function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface Snippet {
  src: string;
  width: number;
  height: number;
  title: string;
}

/** The iframe to paste: the figure at `src`, its size, a title for screen readers, loaded when seen. */
export function iframeHtml(s: Snippet): string {
  return `<iframe src="${attr(s.src)}" width="${s.width}" height="${s.height}" title="${attr(s.title)}" loading="lazy" style="border:0"></iframe>`;
}
