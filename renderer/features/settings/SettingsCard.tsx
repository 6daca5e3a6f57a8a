/** A titled block of the Settings page, exposed as a labelled region. */
import { useId, type ReactNode } from 'react';

export function SettingsCard({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} data-testid={testId}>
      <h2 className="card__title" id={headingId}>
        {title}
      </h2>
      {children}
    </section>
  );
}
