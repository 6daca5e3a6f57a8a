/**
 * The top of every section: its h1 and one line on what the section is for, then — while Mercado Libre
 * cannot be reached — the offline banner, so every section says so in the same place.
 */
import { OfflineBanner } from '../features/sync/OfflineBanner';

export function PageHeader({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <>
      <div className="page-header">
        <h1 className="page-header__title">{title}</h1>
        <p className="page-header__subtitle">{subtitle}</p>
      </div>
      <OfflineBanner />
    </>
  );
}
