// A system printer's state read from what the system says: lpstat's lines (C locale) and the Windows
// spooler's Get-Printer JSON, numbers or names.
import { describe, expect, it } from 'vitest';
import { parseLpstat } from '../../electron/printing/cups';
import { windowsPrinterOf } from '../../electron/printing/windows-spooler';

describe("a CUPS queue's state", () => {
  it('reads idle, printing and stopped queues with the messages under them', () => {
    const states = parseLpstat(
      [
        'printer zebra is idle.  enabled since Thu Dec  3 05:56:34 2026',
        'printer office now printing office-133.  enabled since Thu Dec  3 05:56:34 2026',
        '\tThe printer may not exist or is unavailable at this time.',
        'printer stopped disabled since Thu Dec  3 05:56:34 2026 -',
        '\tOut of labels',
        'printer quiet disabled since Thu Dec  3 05:56:34 2026 -',
        '\treason unknown',
        'printer odd has a state this parser never saw',
        '',
      ].join('\n'),
    );
    expect(states.get('zebra')).toEqual({ status: 'is idle.  enabled since Thu Dec  3 05:56:34 2026', state: 'ready', message: null });
    expect(states.get('office')).toMatchObject({ state: 'printing', message: 'The printer may not exist or is unavailable at this time.' });
    expect(states.get('stopped')).toMatchObject({ state: 'paused', message: 'Out of labels' });
    // CUPS's filler for "nobody said why" is not a message.
    expect(states.get('quiet')).toMatchObject({ state: 'paused', message: null });
    expect(states.get('odd')).toMatchObject({ state: null, message: null });
  });
});

describe("a Windows printer's state", () => {
  it('reads PrinterStatus as Windows PowerShell writes it (a number) and as newer versions may (a name)', () => {
    expect(windowsPrinterOf({ Name: 'Zebra', PrinterStatus: 0, WorkOffline: false })).toEqual({ name: 'Zebra', status: 'Normal', state: 'ready' });
    expect(windowsPrinterOf({ Name: 'Zebra', PrinterStatus: 'Paused' })).toMatchObject({ status: 'Paused', state: 'paused' });
    expect(windowsPrinterOf({ Name: 'Zebra', PrinterStatus: 5 })).toMatchObject({ status: 'PaperOut', state: 'error' });
    expect(windowsPrinterOf({ Name: 'Zebra', PrinterStatus: 11 })).toMatchObject({ status: 'Printing', state: 'printing' });
    expect(windowsPrinterOf({ Name: 'Zebra', PrinterStatus: 8 })).toMatchObject({ status: 'Offline', state: 'offline' });
  });

  it('takes "work offline" over the status, and keeps an unknown status as it came', () => {
    expect(windowsPrinterOf({ Name: 'Zebra', PrinterStatus: 0, WorkOffline: true })).toMatchObject({ state: 'offline' });
    expect(windowsPrinterOf({ Name: 'Zebra', PrinterStatus: 99 })).toEqual({ name: 'Zebra', status: '99', state: null });
    expect(windowsPrinterOf({ PrinterStatus: 0 })).toBeNull();
  });
});
