/**
 * Problems the host found at start (e.g. a settings file it could not read and set aside), shown as a
 * dismissible banner in the seller's language; the host's own technical text sits behind "details".
 */
import { useTranslation } from 'react-i18next';
import { noticeKey, useAppInfo, useNotices } from '../stores/app-info';
import { CloseIcon, WarningIcon } from './icons';

const KNOWN_NOTICES = ['settings_corrupt', 'settings_too_new'] as const;
type KnownNotice = (typeof KNOWN_NOTICES)[number];

function isKnownNotice(code: string): code is KnownNotice {
  return (KNOWN_NOTICES as readonly string[]).includes(code);
}

export function NoticeBanner() {
  const { t } = useTranslation();
  const notices = useAppInfo((state) => state.value?.notices ?? []);
  const dismissed = useNotices((state) => state.dismissed);
  const dismiss = useNotices((state) => state.dismiss);
  const visible = notices.filter((notice) => !dismissed.has(noticeKey(notice)));
  if (visible.length === 0) return null;

  return (
    <section className="notices" aria-label={t('notices.generic')}>
      {visible.map((notice) => (
        <div className="notice" role="status" key={noticeKey(notice)} data-testid="notice">
          <WarningIcon className="notice__icon" />
          <div className="notice__body">
            <p>{isKnownNotice(notice.code) ? t(`notices.${notice.code}`) : t('notices.generic')}</p>
            <details>
              <summary>{t('notices.details')}</summary>
              <p className="notice__detail">{notice.message}</p>
            </details>
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label={t('notices.dismiss')}
            onClick={() => dismiss(noticeKey(notice))}
          >
            <CloseIcon size={18} />
          </button>
        </div>
      ))}
    </section>
  );
}
