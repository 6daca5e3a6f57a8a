/**
 * Desktop notifications for new buyers' questions: one notification per burst, in the seller's
 * language; clicking it brings the window forward on the next unanswered question.
 */
import type { Language } from '../../shared/settings';

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}

export interface NotifierOptions {
  isSupported: () => boolean;
  create: (options: { title: string; body: string; silent: boolean }) => NotificationLike;
  language: () => Language;
  onOpen: () => void;
}

const TEXT: Record<Language, { title: (n: number) => string; body: string }> = {
  es: { title: (n) => (n === 1 ? 'Una pregunta nueva' : `${n} preguntas nuevas`), body: 'Respondé rápido: mejora tus ventas.' },
  'pt-BR': { title: (n) => (n === 1 ? 'Uma pergunta nova' : `${n} perguntas novas`), body: 'Responda rápido: melhora suas vendas.' },
  en: { title: (n) => (n === 1 ? 'A new question' : `${n} new questions`), body: 'Answering quickly helps your sales.' },
};

export function createQuestionNotifier(options: NotifierOptions): (added: number) => boolean {
  return (added) => {
    if (added <= 0 || !options.isSupported()) return false;
    const text = TEXT[options.language()];
    const notification = options.create({ title: text.title(added), body: text.body, silent: false });
    notification.on('click', options.onOpen);
    notification.show();
    return true;
  };
}
