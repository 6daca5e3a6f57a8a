/** The desktop shell: commands the application menu sends to the window (no methods). */
import { z } from 'zod';
import type { EventSpec } from './define';

export const MENU_COMMANDS = ['print', 'next-question'] as const;
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const shellMethods = {} as const;

export const shellEvents = {
  'shell.command': {
    summary: 'The seller chose a menu item the screen carries out: print the shown labels, or open the next unanswered question.',
    payload: z.object({ command: MenuCommand }),
  },
} as const satisfies Record<string, EventSpec>;
