/**
 * The application menu, in the seller's language (Spanish when none is chosen yet). Standard edit and
 * window commands use Electron roles so shortcuts behave natively; developer tools appear only in
 * development builds.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/settings';

type Label =
  | 'file' | 'quit' | 'edit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'view' | 'reload'
  | 'devTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'fullScreen' | 'window' | 'minimize' | 'close'
  | 'help' | 'sellerHelp' | 'about' | 'hide' | 'hideOthers' | 'showAll'
  | 'syncNow' | 'print' | 'nextQuestion' | 'openDataFolder' | 'exportDiagnostics';

const LABELS: Record<Language, Record<Label, string>> = {
  es: {
    file: 'Archivo', quit: 'Salir', edit: 'Editar', undo: 'Deshacer', redo: 'Rehacer', cut: 'Cortar',
    copy: 'Copiar', paste: 'Pegar', selectAll: 'Seleccionar todo', view: 'Ver', reload: 'Volver a cargar',
    devTools: 'Herramientas de desarrollo', resetZoom: 'Tamaño real', zoomIn: 'Acercar', zoomOut: 'Alejar',
    fullScreen: 'Pantalla completa', window: 'Ventana', minimize: 'Minimizar', close: 'Cerrar', help: 'Ayuda',
    sellerHelp: 'Ayuda para vendedores de Mercado Libre', about: 'Acerca de Mostrador', hide: 'Ocultar Mostrador',
    hideOthers: 'Ocultar otros', showAll: 'Mostrar todo', syncNow: 'Sincronizar ahora', print: 'Imprimir etiquetas',
    nextQuestion: 'Siguiente pregunta', openDataFolder: 'Abrir carpeta de datos', exportDiagnostics: 'Exportar diagnóstico…',
  },
  'pt-BR': {
    file: 'Arquivo', quit: 'Sair', edit: 'Editar', undo: 'Desfazer', redo: 'Refazer', cut: 'Recortar',
    copy: 'Copiar', paste: 'Colar', selectAll: 'Selecionar tudo', view: 'Ver', reload: 'Recarregar',
    devTools: 'Ferramentas de desenvolvedor', resetZoom: 'Tamanho real', zoomIn: 'Aumentar', zoomOut: 'Diminuir',
    fullScreen: 'Tela cheia', window: 'Janela', minimize: 'Minimizar', close: 'Fechar', help: 'Ajuda',
    sellerHelp: 'Ajuda para vendedores do Mercado Livre', about: 'Sobre o Mostrador', hide: 'Ocultar Mostrador',
    hideOthers: 'Ocultar outros', showAll: 'Mostrar tudo', syncNow: 'Sincronizar agora', print: 'Imprimir etiquetas',
    nextQuestion: 'Próxima pergunta', openDataFolder: 'Abrir pasta de dados', exportDiagnostics: 'Exportar diagnóstico…',
  },
  en: {
    file: 'File', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy',
    paste: 'Paste', selectAll: 'Select All', view: 'View', reload: 'Reload', devTools: 'Developer Tools',
    resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullScreen: 'Full Screen', window: 'Window',
    minimize: 'Minimize', close: 'Close', help: 'Help', sellerHelp: 'Mercado Libre seller help',
    about: 'About Mostrador', hide: 'Hide Mostrador', hideOthers: 'Hide Others', showAll: 'Show All',
    syncNow: 'Sync Now', print: 'Print Labels', nextQuestion: 'Next Question', openDataFolder: 'Open Data Folder',
    exportDiagnostics: 'Export Diagnostics…',
  },
};

/** Help pages per UI language; both are on allow-listed hosts, so they open in the system browser. */
export const SELLER_HELP_URLS: Record<Language, string> = {
  es: 'https://www.mercadolibre.com.ar/ayuda',
  'pt-BR': 'https://www.mercadolivre.com.br/ajuda',
  en: 'https://www.mercadolibre.com.ar/ayuda',
};

/** What the app's own menu items ask for; main carries out each one (see main.ts). */
export type AppCommand = 'sync-now' | 'print' | 'next-question' | 'open-data-folder' | 'export-diagnostics';

/** Shortcuts that do not clash with the edit, view and window roles. */
export const APP_SHORTCUTS: Record<'sync-now' | 'print' | 'next-question', string> = {
  'sync-now': 'CmdOrCtrl+Shift+R',
  print: 'CmdOrCtrl+P',
  'next-question': 'CmdOrCtrl+J',
};

export interface MenuOptions {
  language: Language | null;
  platform: NodeJS.Platform;
  /** Packaged builds hide reload and developer tools: a seller has no use for them. */
  isPackaged: boolean;
  openHelp: (url: string) => void;
  onCommand: (command: AppCommand) => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const language = options.language ?? 'es';
  const t = LABELS[language];
  const mac = options.platform === 'darwin';

  const command = (label: string, name: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => options.onCommand(name),
    ...(accelerator ? { accelerator } : {}),
  });
  // The seller's everyday actions, then the two support items, in File (or the app menu on a Mac).
  const appItems: MenuItemConstructorOptions[] = [
    command(t.syncNow, 'sync-now', APP_SHORTCUTS['sync-now']),
    command(t.print, 'print', APP_SHORTCUTS.print),
    command(t.nextQuestion, 'next-question', APP_SHORTCUTS['next-question']),
    { type: 'separator' },
    command(t.openDataFolder, 'open-data-folder'),
    command(t.exportDiagnostics, 'export-diagnostics'),
    { type: 'separator' },
  ];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Mostrador',
    submenu: [
      { role: 'about', label: t.about },
      { type: 'separator' },
      ...appItems,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      { type: 'separator' },
      { role: 'quit', label: t.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = { label: t.file, submenu: [...appItems, { role: 'quit', label: t.quit }] };
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }];
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: [{ label: t.sellerHelp, click: () => options.openHelp(SELLER_HELP_URLS[language]) }],
  };
  return [...(mac ? [appMenu] : [fileMenu]), editMenu, viewMenu, windowMenu, helpMenu];
}
