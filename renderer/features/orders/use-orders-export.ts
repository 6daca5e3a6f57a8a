/** The "Export CSV" action: reads every row of the current filter, writes the file, says how many. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrdersQuery } from '../../../shared/orders';
import { call } from '../../api/client';
import { FALLBACK_LANGUAGE, isLanguage } from '../../i18n/language';
import { useAccounts, useActiveAccount } from '../../stores/accounts';
import { csvDate, csvStyle, downloadText, fetchAllOrders, ordersCsv } from './export-csv';
import { ordersLocales } from './locales';

export type ExportState = { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; count: number } | { phase: 'failed' };

export function useOrdersExport(query: Omit<OrdersQuery, 'offset' | 'limit'>) {
  const { i18n } = useTranslation();
  const accounts = useAccounts((state) => state.value);
  // The file is written the way the store in use reads spreadsheets (separator, decimal mark, clock).
  const site = useActiveAccount()?.siteId ?? 'MLA';
  const [state, setState] = useState<ExportState>({ phase: 'idle' });

  async function run(): Promise<void> {
    setState({ phase: 'running' });
    const rows = await fetchAllOrders(query, async (input) => {
      const result = await call('orders.query', input);
      return result.ok ? result.value : null;
    });
    if (!rows) {
      setState({ phase: 'failed' });
      return;
    }
    const language = isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
    const messages = ordersLocales[language];
    const nickname = (userId: number) => accounts?.find((account) => account.userId === userId)?.nickname ?? String(userId);
    const style = csvStyle(site);
    const text = ordersCsv(rows, { csv: messages.csv, status: messages.status, shipping: messages.shipping }, style, nickname);
    downloadText(text, `${messages.csv.fileName}-${csvDate(new Date().toISOString(), style.timeZone).slice(0, 10)}.csv`);
    setState({ phase: 'done', count: rows.length });
  }

  return { state, run };
}
