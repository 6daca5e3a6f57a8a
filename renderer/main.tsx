/**
 * Start-up. Order matters: the transport takes the launch code (`#code=…`) out of the address first, then navigation
 * reads the hash; the first render waits for app info, settings and accounts so the UI opens directly
 * in the seller's language (no flash of another language).
 */
import './csp-safe-zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { provideTransport } from './api/client';
import { connectTransport } from './api/transport';
import { App } from './App';
import { StartupError } from './components/StartupError';
import { followScreenCommands } from './features/commands/screen-commands';
import { followNewOrders } from './features/orders/new-orders';
import { followLanguage, currentLanguage } from './i18n/follow-language';
import { initI18n } from './i18n';
import { followAccountChanges, useAccounts } from './stores/accounts';
import { useAppInfo } from './stores/app-info';
import { followLocationHash } from './stores/navigation';
import { followSettingsChanges, useSettings } from './stores/settings';
import './styles/tokens.css';
import './styles/app.css';

provideTransport(connectTransport());
followLocationHash();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

async function loadAll(): Promise<void> {
  await Promise.all([useAppInfo.getState().load(), useSettings.getState().load(), useAccounts.getState().load()]);
}

async function start(): Promise<void> {
  await loadAll();
  await initI18n(currentLanguage());
  followLanguage();
  followSettingsChanges();
  followAccountChanges();
  followScreenCommands();
  followNewOrders();
  render();
}

function render(): void {
  const ready = useAppInfo.getState().value !== null && useSettings.getState().value !== null;
  const failure = useAppInfo.getState().error ??
    useSettings.getState().error ?? { code: 'internal', message: 'Start-up data is missing.' };
  root.render(
    <StrictMode>{ready ? <App /> : <StartupError error={failure} onRetry={() => void retry()} />}</StrictMode>,
  );
}

async function retry(): Promise<void> {
  await loadAll();
  render();
}

void start();
