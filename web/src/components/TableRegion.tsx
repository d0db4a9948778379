import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways inside itself on a phone instead of widening the page.
 * Focusable and labelled so keyboard users can scroll it too.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
