/**
 * Buyers' questions: the inbox from the local cache (with the listing, the asker's history and the
 * response-time figures), answers, deletes and blocks through the outbox, the seller's answer
 * templates, and `questions.new` when a sync brings questions in.
 */
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../core/event-bus';
import type { AppModule } from '../core/module';
import type { OutboxModule } from '../outbox/outbox-module';
import { createAnswerTemplates } from './answer-templates';
import { createNewQuestionWatch } from './new-questions';
import { createQuestionActions } from './question-actions';
import { questionDetail, responseFigures } from './question-detail';
import { queryQuestions } from './questions-query';

export interface QuestionsModuleDeps {
  db: Database;
  events: EventBus;
  outbox: OutboxModule;
  now?: () => Date;
}

export function createQuestionsModule(deps: QuestionsModuleDeps): AppModule {
  const actions = createQuestionActions(deps);
  const templates = createAnswerTemplates(deps.db, deps.now);
  const watch = createNewQuestionWatch(deps.db, (found) => deps.events.emit('questions.new', found));
  return {
    name: 'questions',
    handlers: {
      'questions.query': (query) => queryQuestions(deps.db, query),
      'questions.get': ({ questionId }) => questionDetail(deps.db, questionId),
      'questions.figures': (query) => responseFigures(deps.db, query?.accountIds, deps.now?.()),
      'questions.answer': (input) => actions.answer(input),
      'questions.delete': (input) => actions.remove(input),
      'questions.blockAsker': (input) => actions.asker(input, true),
      'questions.unblockAsker': (input) => actions.asker(input, false),
      'templates.list': () => templates.list(),
      'templates.save': (input) => templates.save(input),
      'templates.delete': ({ id }) => templates.remove(id),
      'templates.fill': ({ id, questionId }) => templates.fill(id, questionId),
    },
    on: {
      'cache.changed': (change) => {
        if (change.entities.includes('questions')) watch.changed(change.userId);
      },
    },
    start: () => watch.seed(),
  };
}
