import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl } from '../../electron/shell/external-links';
import { APP_SHORTCUTS, buildMenuTemplate, SELLER_HELP_URLS } from '../../electron/shell/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const base = { platform: 'linux' as const, isPackaged: true, openHelp: () => undefined, onCommand: () => undefined };

describe('application menu', () => {
  it('speaks Spanish until the seller picks a language', () => {
    const labels = buildMenuTemplate({ ...base, language: null }).map((item) => item.label);
    expect(labels).toEqual(['Archivo', 'Editar', 'Ver', 'Ventana', 'Ayuda']);
  });

  it('follows the chosen language', () => {
    expect(buildMenuTemplate({ ...base, language: 'pt-BR' }).map((item) => item.label)).toContain('Arquivo');
    expect(buildMenuTemplate({ ...base, language: 'en' }).map((item) => item.label)).toContain('File');
  });

  it('has the macOS app menu first on a Mac instead of a File menu', () => {
    const template = buildMenuTemplate({ ...base, platform: 'darwin', language: 'es' });
    expect(template[0]?.label).toBe('Mostrador');
    expect(template.map((item) => item.label)).not.toContain('Archivo');
  });

  it('hides reload and developer tools in packaged builds only', () => {
    const roles = (isPackaged: boolean) => flatten(buildMenuTemplate({ ...base, isPackaged, language: 'es' })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('opens seller help on an allow-listed Mercado Libre page', () => {
    const openHelp = vi.fn();
    const help = flatten(buildMenuTemplate({ ...base, openHelp, language: 'pt-BR' })).find((item) => item.label?.startsWith('Ajuda para'));
    expect(help?.click).toBeTypeOf('function');
    help?.click?.({} as never, undefined, {} as never);
    expect(openHelp).toHaveBeenCalledWith('https://www.mercadolivre.com.br/ajuda');
    for (const url of Object.values(SELLER_HELP_URLS)) expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it("offers the app's commands with their shortcuts and reports which one was chosen", () => {
    const onCommand = vi.fn();
    for (const platform of ['linux', 'darwin'] as const) {
      const items = flatten(buildMenuTemplate({ ...base, platform, onCommand, language: 'en' }));
      const byLabel = (label: string) => items.find((item) => item.label === label);
      expect(byLabel('Sync Now')?.accelerator).toBe(APP_SHORTCUTS['sync-now']);
      expect(byLabel('Print Labels')?.accelerator).toBe('CmdOrCtrl+P');
      expect(byLabel('Next Question')?.accelerator).toBe(APP_SHORTCUTS['next-question']);
      for (const label of ['Sync Now', 'Print Labels', 'Next Question', 'Open Data Folder', 'Export Diagnostics…']) {
        byLabel(label)?.click?.({} as never, undefined, {} as never);
      }
    }
    expect(onCommand.mock.calls.map(([command]) => command)).toEqual(
      Array(2).fill(['sync-now', 'print', 'next-question', 'open-data-folder', 'export-diagnostics']).flat(),
    );
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = flatten(buildMenuTemplate({ ...base, language: 'es' }))
      .map((item) => item.accelerator)
      .filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
