import type { ReactNode } from 'react';
import { TableRegion } from './TableRegion';

/** One column of a list: its label, how a row's cell looks, and how the cell may wrap. */
export interface ListColumn<Row> {
  /** The column heading on a wide screen; the label beside the value in a phone's card. */
  label: string;
  /** The cell's content for one row. */
  cell: (row: Row) => ReactNode;
  /** Amounts and counts: right-aligned in the table, tabular digits, never broken. */
  numeric?: boolean;
  /** Dates, numbers, codes: never broken (an e-mail address uses <Email> instead). */
  nowrap?: boolean;
  /** Extra class of the cell (e.g. `case-title-cell`). */
  className?: string;
}

interface Props<Row> {
  /** Names the table and its scrolling region. */
  caption: string;
  /** Show the caption (by default only screen readers get it, when a heading already says it). */
  visibleCaption?: boolean;
  className?: string;
  /** The first column is the row's heading (`<th scope="row">`): its primary link comes first in a card. */
  columns: ListColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** An id for the row's heading, for controls in the row that name themselves after it. */
  rowHeaderId?: (row: Row) => string;
}

function classes(...names: (string | false | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

/** An empty cell shows a dash, so that a card never has a label without a value. */
function valueOrDash(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === false || value === '' ? <span className="muted">–</span> : value;
}

/**
 * The list of the app. Given `columns` with a `cell` each and `rows`, it is a real table on a wide
 * screen and, where its region is narrow (a container query in tables.css), a card per row that shows
 * every column as label and value. Each cell carries its label (hidden from screen readers, which get
 * the column heading); nothing scrolls sideways.
 */
export function DataTable<Row>({ caption, visibleCaption = false, className = 'table', columns, rows, rowKey, rowHeaderId }: Props<Row>) {
  return (
    <TableRegion label={caption}>
      {/* The roles keep table semantics where a card's CSS display would drop them (Safari). */}
      <table className={classes(className, 'data-table')} role="table">
        <caption className={visibleCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column, index) => (
              <th key={index} scope="col" role="columnheader" className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={rowKey(row)} role="row">
              {columns.map((column, index) => {
                const Cell = index === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={index}
                    scope={index === 0 ? 'row' : undefined}
                    role={index === 0 ? 'rowheader' : 'cell'}
                    id={index === 0 ? rowHeaderId?.(row) : undefined}
                    className={classes(column.numeric && 'numeric', (column.numeric || column.nowrap) && 'nowrap', column.className)}
                  >
                    <span className="data-table__label" aria-hidden="true">
                      {column.label}
                    </span>
                    <span className="data-table__value">{valueOrDash(column.cell(row))}</span>
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
