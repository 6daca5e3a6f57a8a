/**
 * The connect dialog: one modal whose body follows the flow's phase (choose the site, wait for
 * Mercado Libre, or explain a failure). Rendered once in the app frame; opened from the status bar and
 * from Settings through the connect store.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SITES, type SiteId } from '../../../shared/settings';
import { Field } from '../../components/Field';
import { WarningIcon } from '../../components/icons';
import { Modal } from '../../components/Modal';
import { localizeError } from '../../i18n/errors';
import { useMeliApp } from '../../stores/meli-app';
import { useNavigation } from '../../stores/navigation';
import { useConnect } from './connect-store';
import { ConnectWaiting } from './ConnectWaiting';
import { isSiteId } from './sites';
import './accounts.css';

export function ConnectDialog() {
  const { t } = useTranslation();
  const phase = useConnect((state) => state.phase);
  const reconnecting = useConnect((state) => state.reconnecting);
  const dismiss = useConnect((state) => state.dismiss);
  const bodyId = useId();
  if (phase.kind === 'closed') return null;

  const title =
    phase.kind === 'waiting'
      ? t('accounts.connect.waitingTitle')
      : phase.kind === 'failed'
        ? t('accounts.connect.failedTitle')
        : reconnecting
          ? t('accounts.connect.reconnectTitle', { nickname: reconnecting })
          : t('accounts.connect.title');

  return (
    <Modal title={title} onDismiss={dismiss} describedBy={bodyId} testId="connect-dialog">
      {phase.kind === 'choosing' && <ChooseSite bodyId={bodyId} />}
      {phase.kind === 'waiting' && <ConnectWaiting bodyId={bodyId} phase={phase} />}
      {phase.kind === 'failed' && <ConnectFailed bodyId={bodyId} />}
    </Modal>
  );
}

function ChooseSite({ bodyId }: { bodyId: string }) {
  const { t, i18n } = useTranslation();
  const { phase, siteId, chooseSite, start, dismiss } = useConnect();
  const app = useMeliApp((state) => state.value);
  const reachable: readonly SiteId[] = app?.reachableSites ?? SITES;
  useEffect(() => void useMeliApp.getState().load(), []);
  // The proposed site may be one this app cannot reach (the demo store has no sample store there).
  const firstReachable = reachable[0];
  useEffect(() => {
    if (firstReachable && !reachable.includes(siteId)) chooseSite(firstReachable);
  }, [reachable, siteId, firstReachable, chooseSite]);
  if (phase.kind !== 'choosing') return null;
  // An app that is not set up is the one start error the seller fixes elsewhere: say where, and go there.
  const needsApp = phase.error?.code === 'invalid_input' && !hasReason(phase.error.details);
  const siteName = (site: SiteId) => t(`accounts.sites.${site}`);
  const list = (sites: readonly SiteId[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(sites.map(siteName));
  const sitesHelp = app?.demo ? t('accounts.connect.sitesDemo', { sites: list(SITES), demo: list(reachable) }) : t('accounts.connect.sitesAll', { sites: list(SITES) });
  const error = phase.error ? (needsApp ? t('accounts.connect.needsApp') : localizeError(phase.error, (key) => t(key))) : null;

  return (
    <form
      className="modal__body"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <p id={bodyId}>{t('accounts.connect.intro')}</p>
      <Field label={t('accounts.connect.site')} help={`${t('accounts.connect.siteHelp')} ${sitesHelp}`}>
        {(props) => (
          <select
            {...props}
            className="input input--select"
            value={siteId}
            autoFocus
            onChange={(event) => {
              if (isSiteId(event.target.value)) chooseSite(event.target.value);
            }}
          >
            {SITES.map((site) => (
              <option key={site} value={site} disabled={!reachable.includes(site)}>
                {reachable.includes(site) ? siteName(site) : t('accounts.connect.siteUnreachable', { site: siteName(site) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error && (
        <p className="modal__alert" role="alert">
          <WarningIcon size={18} />
          <span>{error}</span>
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('accounts.connect.cancel')}
        </button>
        {needsApp && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              dismiss();
              useNavigation.getState().navigate('settings');
            }}
          >
            {t('accounts.connect.openSettings')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={phase.starting}>
          {phase.starting ? t('accounts.connect.starting') : t('accounts.connect.start')}
        </button>
      </div>
    </form>
  );
}

function hasReason(details: unknown): boolean {
  return typeof details === 'object' && details !== null && 'reason' in details;
}

function ConnectFailed({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { phase, start, dismiss } = useConnect();
  if (phase.kind !== 'failed') return null;
  return (
    <div className="modal__body">
      <p className="modal__alert" role="alert" id={bodyId} data-testid="connect-error">
        <WarningIcon size={18} />
        <span>{t(`accounts.reasons.${phase.reason}`)}</span>
      </p>
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('accounts.connect.close')}
        </button>
        <button type="button" className="button button--primary" autoFocus onClick={() => void start()}>
          {t('accounts.connect.tryAgain')}
        </button>
      </div>
    </div>
  );
}
