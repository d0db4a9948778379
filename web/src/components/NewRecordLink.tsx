import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A register's "Ny …" link, drawn as the page's primary button above its list. */
export function NewRecordLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link to={to} className="button button--primary">
        {children}
      </Link>
    </p>
  );
}
