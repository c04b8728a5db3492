/**
 * The race: one row per optimizer (its colour, its label, its status in words and the values the
 * lab compares), as a real table with a caption and row and column headers, for a screen reader.
 * Generic: a lab hands it its columns ("steps to tolerance" or "epochs to tolerance") and rows.
 * Readable at every width: the status column wraps rather than being cut, and a narrow race (a
 * phone, or a side column) turns each row into a small card of label–value pairs (race-table.css).
 */
import type { ComponentChildren } from 'preact';
import './race-table.css';

export interface RaceColumn {
  key: string;
  /** The column's header (and each cell's label in the narrow layout). */
  label: string;
  /** A number: right-aligned, tabular digits. */
  numeric?: boolean;
  /** A title for the cells of this column. */
  title?: string;
}

export interface RaceRow {
  key: string;
  label: string;
  colour: string;
  /** Cells by column key (the status is a column like the others: `status`). */
  cells: Record<string, ComponentChildren>;
  /** Extra classes of the row ('ended-outside diverged'). */
  className?: string;
  /** The selected row (its path drawn on top). */
  selected?: boolean;
}

export interface RaceTableProps {
  caption: string;
  columns: readonly RaceColumn[];
  rows: readonly RaceRow[];
  /** The row header's column title ("optimizer"). */
  rowHeader: string;
  onSelect?(index: number): void;
}

export function RaceTable(p: RaceTableProps) {
  return (
    <div class="table-wrap">
      <table class="race">
        <caption class="sr">{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.rowHeader}</th>
            {p.columns.map((c) => (
              <th key={c.key} scope="col" class={c.numeric ? 'n' : c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r, i) => (
            <tr key={r.key} class={`${r.className ?? ''}${r.selected ? ' selected' : ''}`}>
              <th scope="row">
                <button
                  type="button"
                  class="race-name"
                  aria-pressed={r.selected === true}
                  onClick={() => p.onSelect?.(r.selected ? -1 : i)}
                >
                  <span class="dot" style={`background:${r.colour}`} aria-hidden="true" />
                  {r.label}
                </button>
              </th>
              {p.columns.map((c) => (
                <td
                  key={c.key}
                  class={`${c.numeric ? 'n ' : ''}${c.key}`}
                  data-label={c.label}
                  title={c.title}
                >
                  {r.cells[c.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
