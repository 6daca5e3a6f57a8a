/**
 * Waiting for Mercado Libre: what to do in the other tab, a link to open it again (a blocked pop-up or a
 * closed tab), the time left, Cancel, and pasting the final address for when the redirect cannot reach
 * this computer.
 */
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useConnect, type ConnectPhase } from './connect-store';
import { Countdown } from './Countdown';

type Waiting = Extract<ConnectPhase, { kind: 'waiting' }>;

export function ConnectWaiting({ bodyId, phase }: { bodyId: string; phase: Waiting }) {
  const { t } = useTranslation();
  const dismiss = useConnect((state) => state.dismiss);
  const intro = useRef<HTMLParagraphElement>(null);
  const { flow } = phase;

  // The button that started this is gone: put focus on the instructions so they are read first.
  useEffect(() => intro.current?.focus(), []);

  return (
    <div className="modal__body">
      <div className="connect-waiting">
        <span className="spinner" aria-hidden="true" />
        <p id={bodyId} ref={intro} tabIndex={-1} className="connect-waiting__text">
          {flow.openedBySystem ? t('accounts.connect.waitingDesktop') : t('accounts.connect.waitingBrowser')}
        </p>
      </div>
      <p className="modal__meta">
        <a href={flow.authorizationUrl} target="_blank" rel="noopener noreferrer">
          {t('accounts.connect.openAgain')}
        </a>
        <span aria-hidden="true"> · </span>
        <span>
          <Trans i18nKey="accounts.connect.expiresIn" components={{ timer: <Countdown until={flow.expiresAt} /> }} />
        </span>
      </p>
      {flow.redirectMode === 'forward' && <p className="modal__meta">{t('accounts.connect.forwardNote')}</p>}
      <PasteAddress phase={phase} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('accounts.connect.cancel')}
        </button>
      </div>
    </div>
  );
}

function PasteAddress({ phase }: { phase: Waiting }) {
  const { t } = useTranslation();
  const paste = useConnect((state) => state.paste);
  const [address, setAddress] = useState('');
  const problem =
    phase.pasteProblem === 'invalid'
      ? t('accounts.connect.pasteInvalid')
      : phase.pasteProblem === 'needs_state'
        ? t('accounts.connect.pasteNeedsState')
        : phase.pasteProblem === 'stale'
          ? t('accounts.connect.pasteStale')
          : null;

  return (
    <details className="paste" open={phase.pasteProblem !== null || undefined}>
      <summary>{t('accounts.connect.pasteToggle')}</summary>
      <form
        className="paste__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (address.trim()) void paste(address.trim());
        }}
      >
        <p className="paste__explain">
          {t('accounts.connect.pasteExplain')}{' '}
          {t(phase.flow.bareCodeAccepted ? 'accounts.connect.pasteCodeToo' : 'accounts.connect.pasteWholeOnly')}
        </p>
        <Field label={t('accounts.connect.pasteLabel')} error={problem}>
          {(props) => (
            <input
              {...props}
              className="input input--wide"
              type="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://…?code=…"
              value={address}
              onChange={(event) => setAddress(event.target.value)}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button button--secondary" disabled={phase.checking || !address.trim()}>
            {phase.checking ? t('accounts.connect.pasteChecking') : t('accounts.connect.pasteSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}
