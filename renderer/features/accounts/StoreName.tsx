/**
 * Which store a row belongs to, for the tables' store column under "All stores": the account's
 * nickname and its site. A row of an account removed meanwhile shows its user id.
 */
import { Fragment } from 'react';
import type { Account } from '../../../shared/contract';
import './accounts.css';

export function StoreName({ accounts, userId, inline = false }: { accounts: readonly Account[]; userId: number; inline?: boolean }) {
  const account = accounts.find((item) => item.userId === userId);
  return (
    <span className={inline ? 'store-name store-name--inline' : 'store-name'} data-testid="store-name">
      <span className="store-name__nickname">{breakable(account?.nickname ?? String(userId))}</span>
      {account && <span className="store-name__site">{account.siteId}</span>}
    </span>
  );
}

/** Nicknames like TIENDA.PAMPA may wrap after a dot or an underscore, never in the middle of a word. */
function breakable(nickname: string) {
  return nickname.split(/(?<=[._-])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
