/**
 * How far a bulk edit's batch got, read from `listings.bulk.status` again whenever the outbox changes
 * (`outbox.changed`), and every few seconds while it runs in case an event was missed.
 */
import { useEffect, useState } from 'react';
import type { BulkBatchStatus } from '../../../shared/listing-edits';
import { call } from '../../api/client';
import { followOutbox, useOutbox } from '../../stores/outbox';
import { batchRunning } from './bulk-form';

const POLL_MS = 3000;

export function useBulkBatch(batchId: string | null): BulkBatchStatus | null {
  const version = useOutbox((state) => state.version);
  const [status, setStatus] = useState<BulkBatchStatus | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(followOutbox, []);

  useEffect(() => {
    if (batchId === null) return;
    let current = true;
    void call('listings.bulk.status', { batchId }).then((result) => {
      if (current && result.ok) setStatus(result.value);
    });
    return () => {
      current = false;
    };
  }, [batchId, version, tick]);

  const running = batchId !== null && (status?.batchId !== batchId || batchRunning(status));
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((value) => value + 1), POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  return status?.batchId === batchId ? status : null;
}
