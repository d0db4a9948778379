import type { ReactNode } from 'react';
import { TableRegion } from './TableRegion';

/** A column heading; `numeric` right-aligns the column (amounts, counts). */
export type Column = string | { label: ReactNode; numeric?: boolean };

interface Props {
  /** Names the table and its scrolling region. */
  caption: string;
  /** Show the caption (by default only screen readers get it, when a heading already says it). */
  visibleCaption?: boolean;
  className?: string;
  columns: Column[];
  /** The rows (the <tbody>'s children). */
  children: ReactNode;
}

/** A table with column headings, in a region that scrolls sideways on a phone. */
export function DataTable({ caption, visibleCaption = false, className = 'table', columns, children }: Props) {
  return (
    <TableRegion label={caption}>
      <table className={className}>
        <caption className={visibleCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => {
              const { label, numeric } = typeof column === 'string' ? { label: column, numeric: false } : column;
              return (
                <th key={index} scope="col" className={numeric ? 'numeric' : undefined}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableRegion>
  );
}
