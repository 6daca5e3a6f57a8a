/**
 * The desktop shell's commands to the screens: what a menu item (or its shortcut) or a clicked
 * notification asks the window to do. Main emits `shell.command`; `shell.run` lets the local API ask for
 * the same (a script, or browser mode, where there is no application menu).
 */
import { z } from 'zod';
import type { EventSpec, MethodSpec } from './define';

export const MENU_COMMANDS = ['print', 'next-question'] as const;
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const ShellCommand = z.discriminatedUnion('command', [
  z.object({ command: MenuCommand }).strict(),
  // A desktop notification of new orders was clicked: open that order.
  z.object({ command: z.literal('open-order'), orderId: z.number().int().positive() }).strict(),
]);
export type ShellCommand = z.infer<typeof ShellCommand>;

export const shellMethods = {
  'shell.run': {
    summary:
      'Carry out a menu command in the open windows, as the desktop menu does: `print` opens the Labels print flow, `next-question` the next unanswered question, `open-order` one order.',
    input: ShellCommand,
    output: z.object({ sent: z.literal(true) }),
  },
} as const satisfies Record<string, MethodSpec>;

export const shellEvents = {
  'shell.command': {
    summary: 'The seller chose a menu item (or clicked a notification) the screen carries out: open the Labels print flow, the next unanswered question, or an order.',
    payload: ShellCommand,
  },
} as const satisfies Record<string, EventSpec>;
