/**
 * System notifications from the page (Web Notifications API), used in browser mode only and once the
 * seller allowed them. The desktop app notifies from the shell instead (Electron's Notification), so the
 * window never shows the same news twice.
 */
import { useAppInfo } from '../../stores/app-info';

export const webNotificationsSupported = (): boolean => typeof window !== 'undefined' && 'Notification' in window;

export function webNotificationsUsable(): boolean {
  return useAppInfo.getState().value?.mode === 'browser' && webNotificationsSupported() && Notification.permission === 'granted';
}

export interface WebNotice {
  title: string;
  /** Plain text by the API's definition: buyer words cannot become markup here. */
  body: string;
  tag: string;
  onClick(): void;
}

export function showWebNotification(notice: WebNotice): void {
  if (!webNotificationsUsable()) return;
  const notification = new Notification(notice.title, { body: notice.body, tag: notice.tag });
  notification.onclick = () => {
    window.focus();
    notice.onClick();
    notification.close();
  };
}
