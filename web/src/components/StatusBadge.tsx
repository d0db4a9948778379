import type { ReactNode } from 'react';

type Tone = 'success' | 'info' | 'neutral' | 'warning' | 'danger';

export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
