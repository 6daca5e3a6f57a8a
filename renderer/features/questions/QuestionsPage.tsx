/**
 * Questions (read-only for now): buyers' questions from the cache, unanswered first, each with the
 * listing it is about and when it was asked ("3 h ago"); answered ones show their answer.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionRow } from '../../../shared/questions';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { QuestionsIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { useNow } from '../../components/use-now';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { useAccounts } from '../../stores/accounts';
import { useCacheVersion } from '../../stores/cache-changes';
import { anyFirstSyncDone, useSync } from '../../stores/sync';
import { ListingThumbnail } from '../listings/ListingThumbnail';
import { SyncProgress } from '../sync/SyncProgress';
import type { QuestionsMessages } from './locales';
import '../../components/table/data-screen.css';
import './questions.css';

const PAGE = 100;

interface Loaded {
  total: number;
  unanswered: number;
  rows: QuestionRow[];
}

export function QuestionsPage() {
  const { t } = useTranslation();
  const accounts = useAccounts((state) => state.value) ?? [];
  const syncStatus = useSync((state) => state.status);
  const version = useCacheVersion('questions', 'items');
  const [limit, setLimit] = useState(PAGE);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const connected = accounts.length > 0;

  useEffect(() => {
    if (!connected) return;
    let current = true;
    void call('questions.query', { limit }).then((result) => {
      if (current && result.ok) setLoaded(result.value);
    });
    return () => {
      current = false;
    };
  }, [connected, limit, version]);

  const header = <PageHeader title={t('nav.questions')} subtitle={t('sections.questions.subtitle')} />;
  if (!connected) {
    return (
      <>
        {header}
        <EmptyState icon={QuestionsIcon} title={t('sections.questions.emptyTitle')} body={t('sections.questions.emptyBody')} note={t('sections.questions.emptyNote')} />
      </>
    );
  }
  const unanswered = loaded?.rows.filter((row) => row.status === 'UNANSWERED') ?? [];
  const others = loaded?.rows.filter((row) => row.status !== 'UNANSWERED') ?? [];
  return (
    <>
      {header}
      <SyncProgress />
      {loaded && loaded.total > 0 && (
        <p className="list-toolbar__count questions-summary" data-testid="questions-summary">
          {t('questions.summary', { unanswered: loaded.unanswered, total: loaded.total })}
        </p>
      )}
      {loaded?.total === 0 &&
        (anyFirstSyncDone(syncStatus) ? (
          <EmptyState icon={QuestionsIcon} title={t('questions.noneTitle')} body={t('questions.noneBody')} />
        ) : (
          <EmptyState icon={QuestionsIcon} title={t('questions.notSyncedTitle')} body={t('questions.notSyncedBody')} />
        ))}
      {unanswered.length > 0 && <QuestionList title={t('questions.unanswered')} rows={unanswered} testId="questions-unanswered" />}
      {others.length > 0 && <QuestionList title={t('questions.answered')} rows={others} testId="questions-answered" />}
      {loaded && loaded.rows.length < loaded.total && (
        <button type="button" className="button button--outline questions-more" onClick={() => setLimit((value) => Math.min(500, value + PAGE))} disabled={limit >= 500}>
          {t('questions.showMore')}
        </button>
      )}
    </>
  );
}

function QuestionList({ title, rows, testId }: { title: string; rows: QuestionRow[]; testId: string }) {
  const format = useFormat();
  const now = useNow(60_000);
  return (
    <section className="questions-group" aria-label={title} data-testid={testId}>
      <h2 className="questions-group__title">
        {title} <span className="questions-group__count">{rows.length}</span>
      </h2>
      <ul className="questions-list">
        {rows.map((row) => (
          <QuestionItem key={row.id} row={row} format={format} now={now} />
        ))}
      </ul>
    </section>
  );
}

const STATUS_KEYS: ReadonlyArray<keyof QuestionsMessages['status']> = ['UNANSWERED', 'ANSWERED', 'CLOSED_UNANSWERED', 'UNDER_REVIEW', 'BANNED', 'DELETED'];

function QuestionItem({ row, format, now }: { row: QuestionRow; format: Formatters; now: number }) {
  const { t } = useTranslation();
  const status = (STATUS_KEYS as readonly string[]).includes(row.status) ? t(`questions.status.${row.status as keyof QuestionsMessages['status']}`) : row.status;
  return (
    <li className="question" data-testid="question">
      <div className="question__listing">
        <ListingThumbnail src={row.itemThumbnail} />
        <span>
          <span className="visually-hidden">{t('questions.listing')}: </span>
          <span className="question__listing-title">{row.itemTitle ?? row.itemId}</span>
        </span>
      </div>
      <p className="question__text">{row.text}</p>
      <p className="question__meta">
        <time dateTime={row.dateCreated} title={format.dateTime(row.dateCreated)}>
          {t('questions.asked', { ago: format.ago(row.dateCreated, now) })}
        </time>
        {row.status !== 'UNANSWERED' && row.status !== 'ANSWERED' && <span className="chip chip--neutral">{status}</span>}
      </p>
      {row.answerText && (
        <div className="question__answer">
          <span className="question__answer-label">{t('questions.answer')}</span>
          <p>{row.answerText}</p>
          {row.answerDate && (
            <time className="question__meta" dateTime={row.answerDate} title={format.dateTime(row.answerDate)}>
              {t('questions.answeredAgo', { ago: format.ago(row.answerDate, now) })}
            </time>
          )}
        </div>
      )}
    </li>
  );
}
