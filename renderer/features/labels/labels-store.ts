/**
 * The Labels screen's data: the printers, and the print
 * jobs followed through `print.changed`. Components call these functions, never the transport.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import type { PrintJob, PrintersList } from '../../../shared/printing';
import { call, transport } from '../../api/client';
import { createStore } from '../../stores/create-store';

export async function request<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await call(method, input);
  if (!result.ok) throw result.error;
  return result.value;
}

export function isApiError(error: unknown): error is ApiError {
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
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
