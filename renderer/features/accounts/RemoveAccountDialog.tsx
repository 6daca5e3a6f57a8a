/**
 * Confirms removing an account, saying beforehand what will happen (access revoked at Mercado Libre when
 * online; the saved sign-in and data always deleted here) and afterwards what did (revoked or not).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { call } from '../../api/client';
import { WarningIcon } from '../../components/icons';
import { Modal } from '../../components/Modal';
import { localizeError } from '../../i18n/errors';
import { useAccounts } from '../../stores/accounts';

export interface RemoveResult {
  nickname: string;
  revoked: boolean;
}

interface RemoveAccountDialogProps {
  account: Account;
  onClose(): void;
  onRemoved(result: RemoveResult): void;
}

export function RemoveAccountDialog({ account, onClose, onRemoved }: RemoveAccountDialogProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    const result = await call('accounts.remove', { userId: account.userId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // The host also announces accounts.changed; reloading here keeps the list right even if that is late.
    void useAccounts.getState().load();
    onRemoved({ nickname: account.nickname, revoked: result.value.revoked });
  }

  return (
    <Modal
      title={t('accounts.remove.title', { nickname: account.nickname })}
      onDismiss={() => {
        if (!busy) onClose();
      }}
      describedBy={bodyId}
      testId="remove-dialog"
    >
      <div className="modal__body">
        <ul className="remove-facts" id={bodyId}>
          <li>{t('accounts.remove.revokes')}</li>
          <li>{t('accounts.remove.deletes')}</li>
          <li>{t('accounts.remove.keeps')}</li>
        </ul>
        {error && (
          <p className="modal__alert" role="alert">
            <WarningIcon size={18} />
            <span>{localizeError(error, (key) => t(key))}</span>
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button button--secondary" autoFocus onClick={onClose} disabled={busy}>
            {t('accounts.remove.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void remove()} disabled={busy}>
            {busy ? t('accounts.remove.removing') : t('accounts.remove.confirm')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
