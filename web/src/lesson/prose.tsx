/**
 * A lesson's text as elements: paragraphs split at blank lines, `code` in backticks and *emphasis*
 * in asterisks — the only marks a lesson has. Everything else is text, so a lesson file can never
 * put markup on the page.
 */
import type { JSX } from 'preact';

export type Piece = { kind: 'text' | 'code' | 'em'; text: string };

/** A paragraph cut into plain text, code and emphasis (an unclosed mark stays as typed). */
export function pieces(paragraph: string): Piece[] {
  const out: Piece[] = [];
  for (const part of paragraph.split(/(`[^`\n]+`|\*[^*\n]+\*)/)) {
    if (part === '') continue;
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`'))
      out.push({ kind: 'code', text: part.slice(1, -1) });
    else if (part.length > 2 && part.startsWith('*') && part.endsWith('*'))
      out.push({ kind: 'em', text: part.slice(1, -1) });
    else out.push({ kind: 'text', text: part });
  }
  return out;
}

/** The paragraphs of a text (blank lines between them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function Inline({ text }: { text: string }): JSX.Element {
  return (
    <>
      {pieces(text).map((p, i) =>
        p.kind === 'code' ? (
          <code key={i}>{p.text}</code>
        ) : p.kind === 'em' ? (
          <em key={i}>{p.text}</em>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

export function Prose({ text }: { text: string }): JSX.Element {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        <p key={i}>
          <Inline text={p} />
        </p>
      ))}
    </>
  );
}
