/** A small pill that marks a state the seller must not miss (demo data, needs sign-in). */
import type { ReactNode } from 'react';

export type BadgeTone = 'accent' | 'neutral' | 'danger';

export function Badge({ tone = 'neutral', title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
