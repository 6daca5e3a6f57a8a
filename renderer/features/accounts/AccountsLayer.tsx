/**
 * Everything of the accounts feature that floats above the pages: the connect dialog and the message
 * after a connection or removal. Mounted once in the app frame, where it also starts listening for the
 * host's connection outcomes.
 */
import { useEffect } from 'react';
import { AccountMessageToast } from './AccountMessageToast';
import { ConnectDialog } from './ConnectDialog';
import { followConnectOutcomes } from './connect-store';

export function AccountsLayer() {
  useEffect(() => followConnectOutcomes(), []);
  return (
    <>
      <ConnectDialog />
      <AccountMessageToast />
    </>
  );
}
