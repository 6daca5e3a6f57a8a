/** Which icon stands for each section, shared by the sidebar and the empty states. */
import {
  LabelsIcon,
  OutboxIcon,
  ListingsIcon,
  OrdersIcon,
  QuestionsIcon,
  SettingsIcon,
  StockIcon,
  type IconComponent,
} from '../components/icons';
import type { SectionId } from './sections';

export const SECTION_ICONS: Record<SectionId, IconComponent> = {
  orders: OrdersIcon,
  listings: ListingsIcon,
  stock: StockIcon,
  questions: QuestionsIcon,
  labels: LabelsIcon,
  changes: OutboxIcon,
  settings: SettingsIcon,
};
