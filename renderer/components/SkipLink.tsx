/**
 * "Skip to content" and "Skip to the status bar (F6)": the first Tab stops, visible only when focused.
 * They move focus by script instead of following the `#id`, because the address hash holds the current
 * section.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusStatusBar, MAIN_ID } from './regions';

export { MAIN_ID } from './regions';

export function SkipLinks() {
  const { t } = useTranslation();
  function toContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  }
  function toStatus(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    focusStatusBar();
  }
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={toContent}>
        {t('app.skipToContent')}
      </a>
      <a className="skip-link" href="#status-bar" onClick={toStatus} aria-keyshortcuts="F6">
        {t('app.skipToStatus')}
      </a>
    </>
  );
}
