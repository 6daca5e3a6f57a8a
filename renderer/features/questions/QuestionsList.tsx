/**
 * The questions as a virtualized list, like the other data tables: only the entries in view (plus a
 * margin) are in the DOM, read from the cache in windows as the seller scrolls, so thousands of
 * questions stay smooth. Each group (unanswered first, oldest first) is its own labelled region over
 * the same scrolled body, so a screen reader hears which group a question belongs to. Entries differ
 * in height, so the virtualizer measures them. A question opens beside the list when its text is
 * clicked; the open one is marked and kept in view when the keyboard moves to the next.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { QuestionRow } from '../../../shared/questions';
import type { RowWindow } from '../../components/table/use-row-window';
import { useVirtualRows } from '../../components/table/use-virtual-rows';
import { useNow } from '../../components/use-now';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { StoreName } from '../accounts/StoreName';
import { ListingThumbnail } from '../listings/ListingThumbnail';
import { formatDuration } from './duration';
import type { QuestionsMessages } from './locales';
import { entryAt, entryCount, entryOf, questionGroups, type QuestionGroup } from './question-entries';
import { QuestionChips } from './QuestionChips';

const HEADING_HEIGHT = 44;
const QUESTION_HEIGHT = 110;
const ANSWERED_HEIGHT = 170;

export interface QuestionsListProps {
  rows: RowWindow<QuestionRow>;
  total: number;
  /** Under "All stores": the accounts, to name each question's store. */
  stores: readonly Account[] | null;
  unanswered: number;
  selectedId: number | null;
  /** Index (in the query's order) of the open question, to keep it in view. */
  selectedIndex: number | null;
  onSelect(row: QuestionRow): void;
}

export function QuestionsList({ rows, total, stores, unanswered, selectedId, selectedIndex, onSelect }: QuestionsListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow(60_000);
  const groups = questionGroups(total, unanswered);
  const estimate = (index: number) => {
    const entry = entryAt(index, groups);
    if (entry?.kind === 'question') return entry.group.id === 'unanswered' ? QUESTION_HEIGHT : ANSWERED_HEIGHT;
    return HEADING_HEIGHT;
  };
  // Entry n shows question n - 1 or n - 2 (one heading per group before it).
  const window = { ensureRange: (start: number, end: number) => rows.ensureRange(start - groups.length, end - 1) };
  // Tall rows of uneven height: a wide margin keeps a fast scroll from showing blanks while they are measured.
  const { scroller, virtualizer, items } = useVirtualRows({ rows: window, total: entryCount(groups), rowHeight: estimate, overscan: 20, resetKey: rows.key });
  const title = (group: QuestionGroup) => (group.id === 'unanswered' ? t('questions.unanswered') : t('questions.answered'));
  const selectedEntry = selectedIndex === null ? null : entryOf(selectedIndex, groups);

  useEffect(() => {
    if (selectedEntry !== null) virtualizer.scrollToIndex(selectedEntry, { align: 'auto' });
  }, [selectedEntry, virtualizer]);

  return (
    // Focusable so the list scrolls from the keyboard: its rows hold nothing else to focus.
    <div className="table-scroll questions-scroll" ref={scroller} tabIndex={0} role="region" aria-label={t('questions.listLabel')} data-testid="questions-list">
      <div className="questions-body" style={{ height: virtualizer.getTotalSize() }}>
        {groups.map((group) => (
          <section key={group.id} className="questions-group" aria-label={title(group)} data-testid={`questions-${group.id}`}>
            {items.map((item) => {
              const entry = entryAt(item.index, groups);
              if (entry?.kind !== 'heading' || entry.group.id !== group.id) return null;
              return (
                <h2 key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="questions-group__title" style={{ transform: `translateY(${item.start}px)` }}>
                  {title(group)} <span className="questions-group__count">{format.number(group.count)}</span>
                </h2>
              );
            })}
            <ul className="questions-list">
              {items.map((item) => {
                const entry = entryAt(item.index, groups);
                if (entry?.kind !== 'question' || entry.group.id !== group.id) return null;
                const row = rows.rowAt(entry.index);
                return (
                  <li
                    key={item.key}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    className={`questions-item${row && row.id === selectedId ? ' questions-item--selected' : ''}`}
                    style={{ transform: `translateY(${item.start}px)` }}
                    aria-setsize={group.count}
                    aria-posinset={entry.position}
                  >
                    {row ? (
                      <QuestionItem row={row} stores={stores} format={format} now={now} selected={row.id === selectedId} onSelect={onSelect} />
                    ) : (
                      <p className="questions-loading">{t('questions.loadingRow')}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

const STATUS_KEYS: ReadonlyArray<keyof QuestionsMessages['status']> = ['UNANSWERED', 'ANSWERED', 'CLOSED_UNANSWERED', 'UNDER_REVIEW', 'BANNED', 'DELETED'];

export function statusLabel(status: string, t: (key: `questions.status.${keyof QuestionsMessages['status']}`) => string): string {
  return (STATUS_KEYS as readonly string[]).includes(status) ? t(`questions.status.${status as keyof QuestionsMessages['status']}`) : status;
}

interface QuestionItemProps {
  row: QuestionRow;
  stores: readonly Account[] | null;
  format: Formatters;
  now: number;
  selected: boolean;
  onSelect(row: QuestionRow): void;
}

function QuestionItem({ row, stores, format, now, selected, onSelect }: QuestionItemProps) {
  const { t } = useTranslation();
  const waitingMs = now - Date.parse(row.dateCreated);
  return (
    <article className="question" data-testid="question" data-question-id={row.id}>
      <ListingThumbnail src={row.itemThumbnail} />
      <div className="question__body">
        {stores && <StoreName accounts={stores} userId={row.userId} inline />}
        <p className="question__listing">
          <span className="visually-hidden">{t('questions.listing')}: </span>
          <span className="question__listing-title">{row.itemTitle ?? row.itemId}</span>
        </p>
        {/* Buyer input: always text, never markup. The whole question is the control that opens it. */}
        <button type="button" className="question__text question__open" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(row)}>
          {row.text}
        </button>
        <p className="question__meta">
          <time dateTime={row.dateCreated} title={format.dateTime(row.dateCreated)}>
            {t('questions.asked', { ago: format.ago(row.dateCreated, now) })}
          </time>
          {row.status === 'UNANSWERED' && Number.isFinite(waitingMs) && (
            <span className="chip chip--wait" data-testid="question-waiting">
              {t('questions.waiting', { duration: formatDuration(waitingMs, format.locale) })}
            </span>
          )}
          {row.status !== 'UNANSWERED' && row.status !== 'ANSWERED' && <span className="chip chip--neutral">{statusLabel(row.status, t)}</span>}
          <QuestionChips row={row} />
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
      </div>
    </article>
  );
}
