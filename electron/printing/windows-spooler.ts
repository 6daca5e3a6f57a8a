/**
 * The Windows spooler, through PowerShell (no native module to rebuild). Raw jobs use winspool's
 * documented sequence — OpenPrinter, StartDocPrinter with datatype "RAW", StartPagePrinter,
 * WritePrinter, EndPagePrinter, EndDocPrinter, ClosePrinter — from C# loaded with Add-Type. The
 * printer's state is read first (Get-Printer): the spooler accepts jobs for an unplugged or offline
 * printer and would report success. The printer name and the job file reach the script through
 * environment variables, never through the command line, so no name can become script text.
 * Not exercised by the tests here (they run on Linux with CUPS); written to Microsoft's documentation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PrinterState } from '../../shared/printing';
import { PRIVATE_FILE_MODE } from '../core/file-modes';
import { runCommand } from './run-command';

const RAW_PRINT = `
$ErrorActionPreference = 'Stop'
$name = $env:MOSTRADOR_PRINTER
$p = Get-Printer -Name $name
if ($p.WorkOffline -or ($p.PrinterStatus -ne 'Normal' -and $p.PrinterStatus -ne 0)) { throw "Printer $name is $($p.PrinterStatus)" }
Add-Type -TypeDefinition @'
using System; using System.Runtime.InteropServices;
public static class MostradorRaw {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DOCINFO { public string pDocName; public string pOutputFile; public string pDataType; }
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)] static extern bool OpenPrinter(string n, out IntPtr h, IntPtr d);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool ClosePrinter(IntPtr h);
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)] static extern int StartDocPrinter(IntPtr h, int level, DOCINFO di);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool EndDocPrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool StartPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool EndPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool WritePrinter(IntPtr h, byte[] b, int n, out int written);
  public static int Send(string printer, byte[] data, string title) {
    IntPtr h; if (!OpenPrinter(printer, out h, IntPtr.Zero)) throw new System.ComponentModel.Win32Exception();
    try {
      int job = StartDocPrinter(h, 1, new DOCINFO { pDocName = title, pDataType = "RAW" });
      if (job == 0) throw new System.ComponentModel.Win32Exception();
      StartPagePrinter(h); int written;
      bool ok = WritePrinter(h, data, data.Length, out written);
      EndPagePrinter(h); EndDocPrinter(h);
      if (!ok || written != data.Length) throw new System.ComponentModel.Win32Exception();
      return job;
    } finally { ClosePrinter(h); }
  }
}
'@
$bytes = [System.IO.File]::ReadAllBytes($env:MOSTRADOR_FILE)
[MostradorRaw]::Send($name, $bytes, $env:MOSTRADOR_TITLE)
`;

const LIST = `Get-Printer | Select-Object Name, PrinterStatus, WorkOffline | ConvertTo-Json -Compress`;

function powershell(script: string, env: Record<string, string>) {
  const encoded = Buffer.from(script, 'utf16le').toString('base64');
  return runCommand('powershell.exe', ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded], { env: { ...process.env, ...env } });
}

/**
 * Get-Printer's PrinterStatus (MSFT_Printer), in its numeric order: Windows PowerShell's ConvertTo-Json
 * writes the number, newer PowerShell may write the name. Both are read.
 */
const WINDOWS_STATUSES = [
  'Normal', 'Paused', 'Error', 'PendingDeletion', 'PaperJam', 'PaperOut', 'ManualFeed', 'PaperProblem', 'Offline', 'IOActive', 'Busy', 'Printing', 'OutputBinFull',
  'NotAvailable', 'Waiting', 'Processing', 'Initializing', 'WarmingUp', 'TonerLow', 'NoToner', 'PagePunt', 'UserIntervention', 'OutOfMemory', 'DoorOpen', 'ServerUnknown', 'PowerSave',
] as const;

const WINDOWS_STATES: Partial<Record<(typeof WINDOWS_STATUSES)[number], PrinterState>> = {
  Normal: 'ready', TonerLow: 'ready', PowerSave: 'ready', WarmingUp: 'ready', Initializing: 'ready', Waiting: 'ready',
  Printing: 'printing', Busy: 'printing', IOActive: 'printing', Processing: 'printing',
  Paused: 'paused', PendingDeletion: 'paused',
  Offline: 'offline', NotAvailable: 'offline', ServerUnknown: 'offline',
};

export interface WindowsPrinter {
  name: string;
  /** The spooler's word for the state ("Normal", "PaperOut", "offline"). */
  status: string;
  state: PrinterState | null;
}

/** One entry of Get-Printer's JSON; null when it names no printer. */
export function windowsPrinterOf(entry: unknown): WindowsPrinter | null {
  const record = (entry ?? {}) as { Name?: unknown; PrinterStatus?: unknown; WorkOffline?: unknown };
  if (typeof record.Name !== 'string') return null;
  if (record.WorkOffline === true) return { name: record.Name, status: 'offline', state: 'offline' };
  const raw = record.PrinterStatus;
  const word = typeof raw === 'number' ? WINDOWS_STATUSES[raw] : WINDOWS_STATUSES.find((known) => known.toLowerCase() === String(raw ?? '').toLowerCase());
  if (word === undefined) return { name: record.Name, status: String(raw ?? ''), state: null };
  // Everything the table does not call ready, printing, paused or offline wants the seller's hands.
  return { name: record.Name, status: word, state: WINDOWS_STATES[word] ?? 'error' };
}

export async function listWindowsPrinters(): Promise<WindowsPrinter[]> {
  const { stdout } = await powershell(LIST, {});
  const parsed: unknown = JSON.parse(stdout.trim() || '[]');
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.flatMap((entry: unknown) => windowsPrinterOf(entry) ?? []);
}

/** Sends bytes to a Windows printer in RAW mode; answers the spooler's job id. */
export async function windowsRawPrint(printer: string, bytes: Uint8Array, title: string): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mostrador-print-'));
  const file = path.join(folder, 'job.bin');
  try {
    fs.writeFileSync(file, bytes, { mode: PRIVATE_FILE_MODE });
    const { stdout } = await powershell(RAW_PRINT, { MOSTRADOR_PRINTER: printer, MOSTRADOR_FILE: file, MOSTRADOR_TITLE: title.slice(0, 60) });
    return stdout.trim();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
