/**
 * The window's frame: skip links (and F6 between regions), sidebar (brand + navigation), the open section inside <main>, and the
 * status bar. Which section is open comes from the navigation store (the address hash).
 */
import { useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from './components/NoticeBanner';
import { Sidebar } from './components/Sidebar';
import { useRegionKeys } from './components/regions';
import { MAIN_ID, SkipLinks } from './components/SkipLink';
import { StatusBar } from './components/StatusBar';
import { AccountsLayer } from './features/accounts/AccountsLayer';
import { LabelsPage } from './features/labels/LabelsPage';
import { ListingsPage } from './features/listings/ListingsPage';
import { OrdersPage } from './features/orders/OrdersPage';
import { OutboxPage } from './features/outbox/OutboxPage';
import { QuestionsPage } from './features/questions/QuestionsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { StockPage } from './features/stock/StockPage';
import type { SectionId } from './navigation/sections';
import { useNavigation } from './stores/navigation';

const PAGES: Record<SectionId, ComponentType> = {
  orders: OrdersPage,
  listings: ListingsPage,
  stock: StockPage,
  questions: QuestionsPage,
  labels: LabelsPage,
  changes: OutboxPage,
  settings: SettingsPage,
};

export function App() {
  const { t } = useTranslation();
  const section = useNavigation((state) => state.section);
  const Page = PAGES[section];
  useRegionKeys();

  // The tab title names the section, which is also what screen readers announce after navigating.
  useEffect(() => {
    document.title = t('app.pageTitle', { section: t(`nav.${section}`) });
  }, [section, t]);

  return (
    <div className="app">
      <SkipLinks />
      <Sidebar />
      <div className="app__content">
        <main id={MAIN_ID} className="main" tabIndex={-1} data-section={section}>
          <NoticeBanner />
          <Page key={section} />
        </main>
        <StatusBar />
      </div>
      <AccountsLayer />
    </div>
  );
}
