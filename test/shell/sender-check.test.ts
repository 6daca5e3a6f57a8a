import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike } from '../../electron/shell/sender-check';

function frame(overrides: Partial<FrameLike> = {}): FrameLike {
  return { url: 'app://mostrador/index.html#/orders', parent: null, processId: 7, frameToken: 'top', detached: false, ...overrides };
}

function mainWindow(top: FrameLike = frame()) {
  return { webContents: { mainFrame: top } };
}

describe('IPC sender check', () => {
  it('trusts the top frame of the main window on our origin', () => {
    const window = mainWindow();
    // A separate wrapper object for the same frame, as Electron may hand out.
    expect(isTrustedSender({ sender: window.webContents, senderFrame: frame() }, window)).toBe(true);
  });

  it('refuses another window', () => {
    const window = mainWindow();
    const other = mainWindow();
    expect(isTrustedSender({ sender: other.webContents, senderFrame: frame() }, window)).toBe(false);
  });

  it('refuses an iframe inside our window, even on our origin', () => {
    const window = mainWindow();
    const child = frame({ parent: frame(), frameToken: 'child' });
    expect(isTrustedSender({ sender: window.webContents, senderFrame: child }, window)).toBe(false);
  });

  it('refuses a frame that is not the current top frame (another process or token)', () => {
    const window = mainWindow();
    expect(isTrustedSender({ sender: window.webContents, senderFrame: frame({ frameToken: 'old' }) }, window)).toBe(false);
    expect(isTrustedSender({ sender: window.webContents, senderFrame: frame({ processId: 8 }) }, window)).toBe(false);
  });

  it.each(['https://evil.com/', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank'])(
    'refuses the top frame showing %s',
    (url) => {
      const top = frame({ url });
      const window = mainWindow(top);
      expect(isTrustedSender({ sender: window.webContents, senderFrame: top }, window)).toBe(false);
    },
  );

  it('refuses a detached or missing frame, and everything when there is no main window', () => {
    const window = mainWindow();
    expect(isTrustedSender({ sender: window.webContents, senderFrame: frame({ detached: true }) }, window)).toBe(false);
    expect(isTrustedSender({ sender: window.webContents, senderFrame: null }, window)).toBe(false);
    expect(isTrustedSender({ sender: window.webContents, senderFrame: frame() }, null)).toBe(false);
  });
});
