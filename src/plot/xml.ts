/**
 * XML safety for the SVG builders: every piece of user text (titles, axis labels, legend names,
 * formulas) passes through `escapeXml`, and `xmlProblem` is a small well-formedness checker the
 * tests use to prove that no input can break the document.
 */
import { badArgument } from '../errors.js';

/**
 * Whether a code point may appear in an XML 1.0 document at all, escaped or not: tab, newline and
 * carriage return, and everything from space up except lone surrogates and U+FFFE/U+FFFF.
 */
function isXmlChar(cp: number): boolean {
  if (cp < 0x20) return cp === 0x9 || cp === 0xa || cp === 0xd;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return cp !== 0xfffe && cp !== 0xffff;
}

/** The text without characters XML cannot carry (one bad byte would invalidate the figure). */
function dropForbidden(text: string): string {
  let out = '';
  // Iterating a string yields code points: a valid surrogate pair arrives whole, a lone half alone.
  for (const ch of text) if (isXmlChar(ch.codePointAt(0)!)) out += ch;
  return out;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for XML content and for quoted attribute values. */
export function escapeXml(text: string): string {
  // Numbers and booleans print as themselves; any other value is a caller's mistake, not text.
  if (typeof text !== 'string' && typeof text !== 'number' && typeof text !== 'boolean')
    throw badArgument('escapeXml', 1, text, 'string');
  return dropForbidden(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const NAME = /^[A-Za-z_:][\w:.-]*/;
const ATTRIBUTE = /^\s+([A-Za-z_:][\w:.-]*)\s*=\s*("[^"<]*"|'[^'<]*')/;
const REFERENCE = /&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);/y;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Why `xml` is not a well-formed XML document, or null when it is. Covers what the SVG builders
 * could get wrong: tag nesting, attribute syntax and duplicates, character and entity references,
 * stray `<` or `&`, forbidden characters, one root element. DTDs are not supported.
 */
export function xmlProblem(xml: string): string | null {
  if (dropForbidden(xml).length !== xml.length) return 'forbidden character';
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const textOk = (text: string, at: number): string | null => {
    for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
      REFERENCE.lastIndex = k;
      const m = REFERENCE.exec(text);
      if (!m) return `bad reference at ${at + k}`;
      if (!m[1].startsWith('#') && !PREDEFINED.has(m[1])) return `undefined entity &${m[1]}; at ${at + k}`;
    }
    return null;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    const bad = textOk(text, i);
    if (bad) return bad;
    if (text.includes(']]>')) return `']]>' in text at ${i}`;
    if (stack.length === 0 && text.trim() !== '') return `text outside the root element at ${i}`;
    if (lt < 0) break;
    const rest = xml.slice(lt);
    if (rest.startsWith('<?')) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) return `unterminated processing instruction at ${lt}`;
      i = end + 2;
    } else if (rest.startsWith('<!--')) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return `unterminated comment at ${lt}`;
      if (xml.slice(lt + 4, end).includes('--')) return `'--' inside a comment at ${lt}`;
      i = end + 3;
    } else if (rest.startsWith('<![CDATA[')) {
      if (stack.length === 0) return `CDATA outside the root element at ${lt}`;
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return `unterminated CDATA at ${lt}`;
      i = end + 3;
    } else if (rest.startsWith('</')) {
      const m = /^<\/([A-Za-z_:][\w:.-]*)\s*>/.exec(rest);
      if (!m) return `malformed end tag at ${lt}`;
      const open = stack.pop();
      if (open !== m[1]) return `</${m[1]}> closes <${open ?? ''}> at ${lt}`;
      i = lt + m[0].length;
    } else {
      const name = NAME.exec(rest.slice(1));
      if (!name) return `stray '<' at ${lt}`;
      let j = lt + 1 + name[0].length;
      const seen = new Set<string>();
      for (;;) {
        const a = ATTRIBUTE.exec(xml.slice(j));
        if (!a) break;
        if (seen.has(a[1])) return `duplicate attribute ${a[1]} at ${j}`;
        seen.add(a[1]);
        const bad = textOk(a[2], j);
        if (bad) return bad;
        j += a[0].length;
      }
      const close = /^\s*(\/?)>/.exec(xml.slice(j));
      if (!close) return `malformed start tag <${name[0]}> at ${lt}`;
      if (stack.length === 0 && ++roots > 1) return `second root element at ${lt}`;
      if (!close[1]) stack.push(name[0]);
      i = j + close[0].length;
    }
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`;
  if (roots === 0) return 'no root element';
  return null;
}
