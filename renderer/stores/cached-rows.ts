/**
 * The cached lists the data screens show, each read in windows (see use-row-window.ts) and read again
 * when the entities it is made of change (`cache.changed`). The screens get their rows here and never
 * call the API themselves; which entities each list watches lives here too.
 */
import { useCallback } from 'react';
import type { CacheEntity, RpcResult } from '../../shared/contract';
import type { ListingRow, ListingsPage, ListingsQuery } from '../../shared/listings';
import type { OrderRow, OrdersPage, OrdersQuery } from '../../shared/orders';
import type { QuestionRow, QuestionsPage, QuestionsQuery } from '../../shared/questions';
import { call } from '../api/client';
import { useRowWindow, type RowPage, type RowWindow } from '../components/table/use-row-window';
import { useCacheVersion } from './cache-changes';

type Window = { offset: number; limit: number };

function useCachedRows<Query extends object, Row, Page extends RowPage<Row>>(
  read: (input: Query & Window) => Promise<RpcResult<Page>>,
  query: Query,
  entities: CacheEntity[],
): RowWindow<Row, Page> {
  const version = useCacheVersion(...entities);
  const queryKey = JSON.stringify(query);
  // The key stands for the query: a new object with the same filters does not start over.
  const fetchPage = useCallback((offset: number, limit: number) => read({ ...query, offset, limit }), [read, queryKey]);
  return useRowWindow<Row, Page>(fetchPage, queryKey, version);
}

const readOrders = (input: OrdersQuery) => call('orders.query', input);
const readListings = (input: ListingsQuery) => call('listings.query', input);
const readQuestions = (input: QuestionsQuery) => call('questions.query', input);

/** Orders matching the Orders screen's filters (a shipment's change shows in its order's row). */
export function useOrderRows(query: Omit<OrdersQuery, 'offset' | 'limit'>): RowWindow<OrderRow, OrdersPage> {
  return useCachedRows(readOrders, query, ['orders', 'shipments']);
}

export function useListingRows(query: Omit<ListingsQuery, 'offset' | 'limit'>): RowWindow<ListingRow, ListingsPage> {
  return useCachedRows(readListings, query, ['items']);
}

/** Buyers' questions, unanswered first; each shows its listing's title and picture, hence `items`. */
export function useQuestionRows(query: Omit<QuestionsQuery, 'offset' | 'limit'> = {}): RowWindow<QuestionRow, QuestionsPage> {
  return useCachedRows(readQuestions, query, ['questions', 'items']);
}
