/**
 * The menu's screen commands, carried out in the window: `shell.command` from the desktop shell (a menu
 * item, its shortcut, a clicked notification) or from the local API's `shell.run`; and in browser mode,
 * which has no application menu, the same commands from the keyboard (BROWSER_SHORTCUTS). The desktop
 * menu's own shortcuts (Ctrl/Cmd+P, Ctrl/Cmd+J, Ctrl/Cmd+Shift+R) belong to the browser there: print the
 * page, downloads, reload.
 */
import type { ShellCommand } from '../../../shared/contract';
import { call, transport } from '../../api/client';
import { isMacKeyboard, isTextEntry } from '../../components/keyboard-platform';
import { MAIN_ID } from '../../components/SkipLink';
import { scopeUserId, useAccounts } from '../../stores/accounts';
import { useAppInfo } from '../../stores/app-info';
import { useNavigation } from '../../stores/navigation';
import { useSettings } from '../../stores/settings';
import { openOrder } from '../orders/open-order';
import { openNextUnanswered } from '../questions/inbox-store';
import { BROWSER_SHORTCUTS } from './shortcuts';

export type ScreenCommand = ShellCommand | { command: 'sync-now' };


// The Labels screen's print button (renderer/features/labels/PrintBar.tsx).
const PRINT_BUTTON = '[data-testid="labels-print"]';
const WAIT_FOR_SCREEN_MS = 3000;

function enabledButton(selector: string): HTMLButtonElement | null {
  const button = document.querySelector<HTMLButtonElement>(selector);
  return button && !button.disabled ? button : null;
}

/** Focuses the control once the screen shows it, else the main region (where the screen starts). */
function focusWhenShown(selector: string): void {
  const started = performance.now();
  const attempt = () => {
    const button = enabledButton(selector);
    if (button) button.focus();
    else if (performance.now() - started < WAIT_FOR_SCREEN_MS) requestAnimationFrame(attempt);
    else document.getElementById(MAIN_ID)?.focus();
  };
  requestAnimationFrame(attempt);
}

/** On the Labels screen with labels chosen: print them; anywhere else: open the Labels print flow. */
function printLabels(): void {
  const navigation = useNavigation.getState();
  const button = navigation.section === 'labels' ? enabledButton(PRINT_BUTTON) : null;
  if (button) {
    button.click();
    return;
  }
  navigation.navigate('labels');
  focusWhenShown(PRINT_BUTTON);
}

async function nextQuestion(): Promise<void> {
  const navigation = useNavigation.getState();
  const fromInbox = navigation.section === 'questions';
  navigation.navigate('questions');
  // The inbox follows the store chosen in the status bar (all of them under "All stores").
  const userId = scopeUserId(useAccounts.getState().value, useSettings.getState().value?.activeUserId ?? null);
  const opened = await openNextUnanswered(userId === undefined ? undefined : [userId], fromInbox);
  if (opened === null) document.getElementById(MAIN_ID)?.focus();
}

export async function runScreenCommand(command: ScreenCommand): Promise<void> {
  switch (command.command) {
    case 'print':
      printLabels();
      return;
    case 'next-question':
      await nextQuestion();
      return;
    case 'open-order':
      openOrder(command.orderId);
      return;
    case 'sync-now':
      await call('sync.now', {});
      return;
  }
}

function onShortcut(event: KeyboardEvent): void {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
  // On a Mac, Option+Shift+letter types a character: in a text box it is left to type.
  if (isMacKeyboard() && isTextEntry(event.target)) return;
  const command = BROWSER_SHORTCUTS[event.code];
  // An open dialog keeps its own keys.
  if (!command || document.querySelector('dialog[open]')) return;
  event.preventDefault();
  void runScreenCommand({ command });
}

let following = false;

/** Carries out the shell's commands, and in browser mode listens for their shortcuts (once per window). */
export function followScreenCommands(): void {
  if (following) return;
  following = true;
  transport().on('shell.command', (command) => void runScreenCommand(command));
  // In the desktop app the menu's accelerators already send these commands.
  if (useAppInfo.getState().value?.mode === 'browser') window.addEventListener('keydown', onShortcut);
}
