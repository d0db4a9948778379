import { useMemo, useState, type ReactNode } from 'react';
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
  /**
   * Makes the column sortable: the value a row is sorted by (a string is compared as Swedish text, a
   * number as a number; an ISO date string sorts as a date). Its heading becomes a button.
   */
  sort?: (row: Row) => string | number | null;
  /**
   * In a dense table: the text that may be cut short (…) to keep each row on one line, at a name's
   * width (true) or taking what the other columns leave (`'fill'`, e.g. a title).
   */
  truncate?: boolean | 'fill';
  /** Extra class of the cell (e.g. `case-title-cell`). */
  className?: string;
}

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  /** The index of the sorted column. */
  column: number;
  direction: SortDirection;
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
  /** One line a row on a wide screen (work lists on a desktop): smaller padding, no wrapping. */
  dense?: boolean;
  /** The order the rows arrive in, if it is one of the sortable columns' (shown by aria-sort). */
  initialSort?: TableSort;
}

function classes(...names: (string | false | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

/** An empty cell shows a dash, so that a card never has a label without a value. */
function valueOrDash(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === false || value === '' ? <span className="muted">–</span> : value;
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

function compare(a: string | number | null, b: string | number | null): number {
  // Empty values last, whichever the direction.
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function sortRows<Row>(rows: readonly Row[], columns: ListColumn<Row>[], sort: TableSort | null): readonly Row[] {
  const by = sort ? columns[sort.column]?.sort : undefined;
  if (!sort || !by) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable: equal values keep the server's order.
  return rows
    .map((row) => ({ row, key: by(row) }))
    .sort((a, b) => {
      const empty = (k: string | number | null) => k === null || k === '';
      if (empty(a.key) || empty(b.key)) return compare(a.key, b.key);
      return sign * compare(a.key, b.key);
    })
    .map(({ row }) => row);
}

/**
 * The list of the app. Given `columns` with a `cell` each and `rows`, it is a real table on a wide
 * screen and, where its region is narrow (a container query in tables.css), a card per row that shows
 * every column as label and value. Each cell carries its label (hidden from screen readers, which get
 * the column heading); nothing scrolls sideways. A column with `sort` has a heading button that sorts
 * by it (again: the other way), and the heading says how with aria-sort.
 */
export function DataTable<Row>({
  caption,
  visibleCaption = false,
  className = 'table',
  columns,
  rows,
  rowKey,
  rowHeaderId,
  dense = false,
  initialSort,
}: Props<Row>) {
  const [sort, setSort] = useState<TableSort | null>(initialSort ?? null);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);

  function sortBy(column: number) {
    setSort((current) =>
      current?.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    );
  }

  return (
    <TableRegion label={caption}>
      {/* The roles keep table semantics where a card's CSS display would drop them (Safari). */}
      <table className={classes(className, 'data-table', dense && 'data-table--dense')} role="table">
        <caption className={visibleCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column, index) => {
              const direction = sort?.column === index ? sort.direction : undefined;
              return (
                <th
                  key={index}
                  scope="col"
                  role="columnheader"
                  className={classes(column.numeric && 'numeric', column.sort && 'sortable')}
                  aria-sort={column.sort ? (direction ?? 'none') : undefined}
                >
                  {column.sort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => {
                        sortBy(index);
                      }}
                    >
                      {column.label}
                      <span className={classes('sort-button__icon', direction && `sort-button__icon--${direction}`)} aria-hidden="true" />
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {sorted.map((row) => (
            <tr key={rowKey(row)} role="row">
              {columns.map((column, index) => {
                const Cell = index === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={index}
                    scope={index === 0 ? 'row' : undefined}
                    role={index === 0 ? 'rowheader' : 'cell'}
                    id={index === 0 ? rowHeaderId?.(row) : undefined}
                    className={classes(
                      column.numeric && 'numeric',
                      (column.numeric || column.nowrap) && 'nowrap',
                      column.truncate && 'truncate',
                      column.truncate === 'fill' && 'truncate--fill',
                      column.className,
                    )}
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
