/** Buyers' questions from the local cache. */
import type { Database } from 'better-sqlite3';
import type { AppModule } from '../core/module';
import { queryQuestions } from './questions-query';

export function createQuestionsModule(deps: { db: Database }): AppModule {
  return {
    name: 'questions',
    handlers: {
      'questions.query': (query) => queryQuestions(deps.db, query),
    },
  };
}
