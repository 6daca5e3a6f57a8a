/**
 * What a section shows before there is data: what it will hold and when, never a fake table. While no
 * account is connected it offers the Connect action itself (every section needs an account).
 */
import type { ReactNode } from 'react';
import { ConnectAction } from '../features/accounts/ConnectAction';
import { InfoIcon, type IconComponent } from './icons';

export interface EmptyStateProps {
  icon: IconComponent;
  title: string;
  body: string;
  note?: string;
  children?: ReactNode;
}

export function EmptyState({ icon: Icon, title, body, note, children }: EmptyStateProps) {
  return (
    <section className="empty-state" data-testid="empty-state">
      <div className="empty-state__icon">
        <Icon size={36} />
      </div>
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__body">{body}</p>
      <ConnectAction />
      {note && (
        <p className="empty-state__note">
          <InfoIcon size={16} />
          <span>{note}</span>
        </p>
      )}
      {children}
    </section>
  );
}
