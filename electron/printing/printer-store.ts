/**
 * Printers the seller uses: system queues (listed live, id "cups:NAME" or "windows:NAME") and network
 * printers added by address ("tcp:N"), each with a profile saying how labels are made for it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { Printer, PrinterProfileInput } from '../../shared/printing';
import { isCupsName, listCupsQueues } from './cups';
import { listWindowsPrinters } from './windows-spooler';

interface PrinterRow {
  id: string;
  kind: Printer['kind'];
  name: string;
  host: string | null;
  port: number | null;
  language: Printer['profile']['language'];
  dpi: Printer['profile']['dpi'];
  size: Printer['profile']['size'];
  darkness: number | null;
  offset_x: number;
  offset_y: number;
}

const DEFAULT_PROFILE: Printer['profile'] = { language: 'zpl', dpi: 203, size: '4x6in', darkness: null, offsetX: 0, offsetY: 0 };

type Health = Pick<Printer, 'status' | 'state' | 'message'>;
const UNKNOWN: Health = { status: null, state: null, message: null };

function toPrinter(row: PrinterRow, health: Health = UNKNOWN): Printer {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    host: row.host,
    port: row.port,
    status: health.status,
    state: health.state,
    message: health.message,
    profile: { language: row.language, dpi: row.dpi, size: row.size, darkness: row.darkness, offsetX: row.offset_x, offsetY: row.offset_y },
  };
}

export function createPrinterStore(db: Database, platform: NodeJS.Platform = process.platform) {
  const rowOf = (id: string) => db.prepare('SELECT * FROM printers WHERE id = ?').get(id) as PrinterRow | undefined;

  async function systemPrinters(): Promise<{ printers: Printer[]; notice: string | null }> {
    if (platform === 'win32') {
      try {
        const list = await listWindowsPrinters();
        return { printers: list.map((p) => ({ id: `windows:${p.name}`, kind: 'windows', name: p.name, host: null, port: null, status: p.status, state: p.state, message: null, profile: DEFAULT_PROFILE })), notice: null };
      } catch (error) {
        return { printers: [], notice: `The Windows printers could not be listed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    const { queues, notice } = await listCupsQueues();
    return { printers: queues.map((q) => ({ id: `cups:${q.name}`, kind: 'cups', name: q.name, host: null, port: null, status: q.status, state: q.state, message: q.message, profile: DEFAULT_PROFILE })), notice };
  }

  return {
    async list(): Promise<{ printers: Printer[]; systemNotice: string | null }> {
      const system = await systemPrinters();
      const saved = new Map((db.prepare('SELECT * FROM printers ORDER BY created_at, id').all() as PrinterRow[]).map((row) => [row.id, row]));
      const printers = system.printers.map((printer) => {
        const row = saved.get(printer.id);
        return row ? toPrinter(row, printer) : printer;
      });
      for (const row of saved.values()) if (row.kind === 'tcp') printers.push(toPrinter(row));
      return { printers, systemNotice: system.notice };
    },
    addTcp(input: { name: string; host: string; port: number }): Printer {
      const at = new Date().toISOString();
      const next = (db.prepare("SELECT coalesce(max(CAST(substr(id, 5) AS INTEGER)), 0) + 1 FROM printers WHERE kind = 'tcp'").pluck().get() as number) ?? 1;
      const id = `tcp:${next}`;
      db.prepare(`INSERT INTO printers (id, kind, name, host, port, created_at) VALUES (?, 'tcp', ?, ?, ?, ?)`).run(id, input.name, input.host, input.port, at);
      return toPrinter(rowOf(id) as PrinterRow);
    },
    /** A printer by id: saved ones from the table, system ones made up from the id when not saved yet. */
    get(id: string): Printer {
      const row = rowOf(id);
      if (row) return toPrinter(row);
      const match = /^(cups|windows):(.+)$/.exec(id);
      if (match && (match[1] === 'windows' || isCupsName(match[2] as string))) {
        return { id, kind: match[1] as 'cups' | 'windows', name: match[2] as string, host: null, port: null, ...UNKNOWN, profile: DEFAULT_PROFILE };
      }
      throw new AppError('not_found', 'There is no printer with that id.', { printerId: id });
    },
    setProfile(input: PrinterProfileInput): Printer {
      const printer = this.get(input.printerId);
      const values = {
        id: printer.id,
        kind: printer.kind,
        name: printer.name,
        language: input.language,
        dpi: input.dpi,
        size: input.size,
        darkness: input.darkness ?? null,
        offsetX: input.offsetX ?? 0,
        offsetY: input.offsetY ?? 0,
        at: new Date().toISOString(),
      };
      db.prepare(`INSERT INTO printers (id, kind, name, language, dpi, size, darkness, offset_x, offset_y, created_at)
        VALUES (@id, @kind, @name, @language, @dpi, @size, @darkness, @offsetX, @offsetY, @at)
        ON CONFLICT (id) DO UPDATE SET language = excluded.language, dpi = excluded.dpi, size = excluded.size,
          darkness = excluded.darkness, offset_x = excluded.offset_x, offset_y = excluded.offset_y`).run(values);
      return toPrinter(rowOf(printer.id) as PrinterRow, printer);
    },
  };
}
export type PrinterStore = ReturnType<typeof createPrinterStore>;
