/**
 * The inbox's rows: the cached questions (of the chosen store, or all), read again when questions,
 * their listings or their outbox entries change (an answer pending, then sent).
 */
import { useCallback } from 'react';
import type { QuestionRow, QuestionsPage, QuestionsQuery } from '../../../shared/questions';
import { call } from '../../api/client';
import { useRowWindow, type RowWindow } from '../../components/table/use-row-window';
import { useCacheVersion } from '../../stores/cache-changes';

export function useInboxRows(query: Omit<QuestionsQuery, 'offset' | 'limit'>): RowWindow<QuestionRow, QuestionsPage> {
  const version = useCacheVersion('questions', 'items', 'outbox');
  const key = JSON.stringify(query);
  const fetchPage = useCallback((offset: number, limit: number) => call('questions.query', { ...query, offset, limit }), [key]);
  return useRowWindow<QuestionRow, QuestionsPage>(fetchPage, key, version);
}
