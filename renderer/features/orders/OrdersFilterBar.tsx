/**
 * The Orders screen's search box and filters: order status, shipping (with "label ready to print"
 * first, the filter sellers use every morning) and date range. Which store is the status bar's choice.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, SHIPPING_FILTERS } from '../../../shared/orders';
import { DayInput } from './DayInput';
import { hasFilters, NO_FILTERS, type OrdersFilters } from './orders-filters';

export interface OrdersFilterBarProps {
  filters: OrdersFilters;
  onChange(patch: Partial<OrdersFilters>): void;
}

export function OrdersFilterBar({ filters, onChange }: OrdersFilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter-bar" role="search" aria-label={t('orders.filters')}>
      <div className="filter filter--search">
        <label htmlFor={`${id}-search`}>{t('orders.search')}</label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          value={filters.search}
          placeholder={t('orders.searchPlaceholder')}
          maxLength={200}
          onChange={(event) => onChange({ search: event.target.value })}
        />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-status`}>{t('orders.statusFilter')}</label>
        <select id={`${id}-status`} className="input" value={filters.status} onChange={(event) => onChange({ status: event.target.value })}>
          <option value="">{t('orders.all')}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`orders.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-shipping`}>{t('orders.shippingFilter')}</label>
        <select id={`${id}-shipping`} className="input" value={filters.shipping} onChange={(event) => onChange({ shipping: event.target.value })}>
          <option value="">{t('orders.all')}</option>
          {SHIPPING_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`orders.shipping.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <DayInput id={`${id}-from`} label={t('orders.from')} value={filters.from} onChange={(from) => onChange({ from })} />
      <DayInput id={`${id}-to`} label={t('orders.to')} value={filters.to} onChange={(to) => onChange({ to })} />
      {hasFilters(filters) && (
        <button type="button" className="button button--outline filter-bar__clear" onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}>
          {t('orders.clear')}
        </button>
      )}
    </div>
  );
}
