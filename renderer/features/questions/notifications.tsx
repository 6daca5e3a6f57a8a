/**
 * New questions found by a sync (`questions.new`): in browser mode a system notification once the
 * seller allowed them (Web Notifications), which opens the question when clicked; everywhere, the
 * unanswered count on the Questions entry of the navigation. The permission asked for here also
 * covers new orders' notifications (features/orders/new-orders.ts).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewQuestions } from '../../../shared/questions';
import { call, transport } from '../../api/client';
import { useAppInfo } from '../../stores/app-info';
import { useCacheVersion } from '../../stores/cache-changes';
import { useNavigation } from '../../stores/navigation';
import { i18n } from '../../i18n';
import { showWebNotification, webNotificationsSupported as supported } from '../notifications/web-notifications';
import { useInbox } from './inbox-store';
import './nav-count.css';

function notify(found: NewQuestions): void {
  const [first] = found.questions;
  if (!first) return;
  const many = found.questions.length > 1;
  showWebNotification({
    title: many ? i18n.t('questions.notificationTitleMany', { count: found.questions.length }) : i18n.t('questions.notificationTitle'),
    body: first.itemTitle ? `${first.text}\n${first.itemTitle}` : first.text,
    tag: `question-${first.id}`,
    onClick: () => {
      useNavigation.getState().navigate('questions');
      useInbox.getState().select(first.id);
    },
  });
}

let following = false;

/** Starts listening for new questions (once per window). */
export function followNewQuestions(): void {
  if (following) return;
  following = true;
  transport().on('questions.new', notify);
}

export function NotificationsToggle() {
  const { t } = useTranslation();
  const mode = useAppInfo((state) => state.value?.mode);
  const [permission, setPermission] = useState(() => (supported() ? Notification.permission : 'denied'));
  // The desktop window grants no web permissions (see the shell's window security): nothing to offer there.
  if (mode !== 'browser' || !supported() || permission === 'granted') return null;
  if (permission === 'denied') return <p className="inbox-notifications inbox-notifications--denied">{t('questions.notificationsDenied')}</p>;
  return (
    <button type="button" className="button button--outline inbox-notifications" onClick={() => void Notification.requestPermission().then(setPermission)}>
      {t('questions.notificationsEnable')}
    </button>
  );
}

/** The unanswered count on the navigation entry (all stores). */
export function QuestionsNavCount() {
  const { t } = useTranslation();
  const version = useCacheVersion('questions', 'outbox');
  const [count, setCount] = useState(0);
  useEffect(() => followNewQuestions(), []);
  useEffect(() => {
    let current = true;
    void call('questions.query', { statuses: ['UNANSWERED'], limit: 1 }).then((result) => {
      if (current && result.ok) setCount(result.value.total);
    });
    return () => {
      current = false;
    };
  }, [version]);
  if (count === 0) return null;
  return (
    <span className="nav-count" data-testid="questions-nav-count">
      <span aria-hidden="true">{count > 999 ? '999+' : count}</span>
      <span className="visually-hidden">{t('questions.navCount', { count })}</span>
    </span>
  );
}
