/**
 * The Labels screen's data: its rows (re-read when shipments change), the printers, and the print
 * jobs followed through `print.changed`. Components call these functions, never the transport.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import type { LabelRow } from '../../../shared/labels';
import type { PrintJob, PrintersList } from '../../../shared/printing';
import { call, transport } from '../../api/client';
import { useCacheVersion } from '../../stores/cache-changes';
import { createStore } from '../../stores/create-store';

export async function request<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await call(method, input);
  if (!result.ok) throw result.error;
  return result.value;
}

export function isApiError(error: unknown): error is ApiError {
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

export function useLabelRows(query: string, show: 'all' | 'ready' | 'kept', bump: number) {
  const version = useCacheVersion('shipments', 'orders');
  const [state, setState] = useState<{ rows: LabelRow[]; error: ApiError | null; loading: boolean }>({ rows: [], error: null, loading: true });
  useEffect(() => {
    let live = true;
    request('labels.list', { query, show })
      .then((rows) => live && setState({ rows, error: null, loading: false }))
      .catch((error: unknown) => live && setState((s) => ({ ...s, loading: false, error: isApiError(error) ? error : { code: 'internal', message: String(error) } })));
    return () => {
      live = false;
    };
  }, [query, show, version, bump]);
  return state;
}

export function usePrinters() {
  const [list, setList] = useState<PrintersList | null>(null);
  const reload = useCallback(() => {
    void request('printers.list').then(setList, () => setList({ printers: [], systemNotice: null }));
  }, []);
  useEffect(reload, [reload]);
  return { list, reload };
}

const useJobs = createStore<{ jobs: Record<number, PrintJob> }>(() => ({ jobs: {} }));
let followingJobs = false;

function followJobs(): void {
  if (followingJobs) return;
  followingJobs = true;
  transport().on('print.changed', ({ job }) => useJobs.setState((s) => ({ jobs: { ...s.jobs, [job.id]: job } })));
}

export function usePrintJob(jobId: number | null): PrintJob | null {
  followJobs();
  return useJobs((s) => (jobId === null ? null : (s.jobs[jobId] ?? null)));
}
