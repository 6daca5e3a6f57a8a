/**
 * The open question in full for the panel beside the list, read from the cache and read again when
 * questions, listings, descriptions or the outbox change. `undefined` while loading, `null` when gone.
 */
import { useEffect, useState } from 'react';
import type { QuestionDetail } from '../../../shared/questions';
import { call } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';

type Loaded = { id: number; detail: QuestionDetail | null };

export function useQuestionDetail(id: number): QuestionDetail | null | undefined {
  const version = useCacheVersion('questions', 'items', 'descriptions', 'outbox');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    void call('questions.get', { questionId: id }).then((result) => {
      if (current) setLoaded({ id, detail: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
  }, [id, version]);
  return loaded?.id === id ? loaded.detail : undefined;
}
