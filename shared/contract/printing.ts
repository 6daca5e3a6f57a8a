/** Printers, their profiles, and print jobs (queued, sent, failed with the printer's own words). */
import { z } from 'zod';
import { Printer, PrintChanged, PrinterAddInput, PrinterProfileInput, PrintersList, PrintJob, PrintResendInput, PrintSubmitInput } from '../printing';
import { NoInput, type EventSpec, type MethodSpec } from './define';

const JobId = z.object({ jobId: z.number().int().positive() }).strict();

export const printingMethods = {
  'printers.list': {
    summary: "The system's printers (CUPS, the Windows spooler) and network printers added by address, each with its profile.",
    input: NoInput,
    output: PrintersList,
  },
  'printers.add': {
    summary: 'Add a network printer that takes raw jobs on a TCP port (9100): loopback or local-network addresses only.',
    input: PrinterAddInput,
    output: Printer,
  },
  'printers.setProfile': {
    summary: 'How a printer is used: language (ZPL or PDF), dpi, label size, and for ZPL darkness and offsets.',
    input: PrinterProfileInput,
    output: Printer,
  },
  'printers.test': {
    summary: "Print a test label on a printer with its profile's size and dpi.",
    input: z.object({ printerId: z.string().min(1).max(200) }).strict(),
    output: JobId.extend({}),
  },
  'print.submit': {
    summary: 'Print kept labels (in the order given) or a document; answers at once with the job, whose progress comes as print.changed.',
    input: PrintSubmitInput,
    output: JobId.extend({}),
  },
  'print.jobs': {
    summary: 'Recent print jobs, newest first.',
    input: NoInput,
    output: z.array(PrintJob),
  },
  'print.resend': {
    summary: 'Send a failed or cancelled job again from what never reached the printer (or everything, when asked); answers with the new job.',
    input: PrintResendInput,
    output: JobId.extend({}),
  },
  'print.cancel': {
    summary: 'Stop a job: what was not yet sent is not sent.',
    input: JobId,
    output: PrintJob,
  },
} as const satisfies Record<string, MethodSpec>;

export const printingEvents = {
  'print.changed': {
    summary: 'A print job changed: queued, progress, sent, failed (with the reason) or cancelled.',
    payload: PrintChanged,
  },
} as const satisfies Record<string, EventSpec>;
