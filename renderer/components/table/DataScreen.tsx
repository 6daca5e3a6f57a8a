/**
 * The one skeleton of the data screens (Orders, Listings, Questions): the page header, then — once an
 * account is connected — sync progress, the screen's filters, a toolbar with the count (and the
 * screen's own actions), the load error with a retry, and either the virtualized table or the
 * screen's empty state. Before any account is connected it shows the section's welcome instead.
 */
import type { ReactNode } from 'react';
import { SyncProgress } from '../../features/sync/SyncProgress';
import { EmptyState } from '../EmptyState';
import type { IconComponent } from '../icons';
import { PageHeader } from '../PageHeader';
import { LoadError } from './LoadError';
import type { RowWindow } from './use-row-window';
import './data-screen.css';

export interface DataScreenProps {
  /** The screen's own class on its wrapper (orders-page, listings-page…). */
  className: string;
  title: string;
  subtitle: string;
  icon: IconComponent;
  /** What the section says while no account is connected; null once one is. */
  welcome: { title: string; body: string; note: string } | null;
  filters?: ReactNode;
  /** The "N orders" line: empty until the first page answered. */
  count: { testId: string; text: string };
  /** The screen's own actions beside the count (e.g. the CSV export). */
  actions?: ReactNode;
  rows: Pick<RowWindow<unknown>, 'total' | 'previousTotal' | 'error' | 'retry'>;
  /** The virtualized table, drawn while there are rows. */
  table(total: number): ReactNode;
  /** Drawn when the query matches nothing: why (no match, not synced yet…). */
  empty: ReactNode;
  /** Drawn over the screen (e.g. a detail panel). */
  children?: ReactNode;
}

export function DataScreen({ className, title, subtitle, icon, welcome, filters, count, actions, rows, table, empty, children }: DataScreenProps) {
  const header = <PageHeader title={title} subtitle={subtitle} />;
  if (welcome) {
    return (
      <>
        {header}
        <EmptyState icon={icon} title={welcome.title} body={welcome.body} note={welcome.note} />
      </>
    );
  }
  const { total } = rows;
  // While a new sort or filter reads its first page the table stays (its rows show as loading):
  // unmounting it would drop the focus of the sort header the seller just pressed.
  const drawn = total ?? (rows.error ? null : rows.previousTotal);
  return (
    <div className={`data-screen ${className}`}>
      {header}
      <SyncProgress />
      {filters}
      <div className="list-toolbar">
        <p className="list-toolbar__count" role="status" data-testid={count.testId}>
          {count.text}
        </p>
        {actions}
      </div>
      <LoadError error={rows.error} onRetry={rows.retry} />
      {drawn !== null && drawn > 0 && table(drawn)}
      {total === 0 && empty}
      {children}
    </div>
  );
}
