/**
 * Beside the open question: the listing it is about as the cache has it (picture, title, price, stock,
 * SKU, variations, the start of the description) and the asker's earlier questions on the seller's
 * listings. Every text here came from Mercado Libre or a buyer: rendered as text only.
 */
import { useTranslation } from 'react-i18next';
import type { AskerQuestion, QuestionListing } from '../../../shared/questions';
import { useFormat } from '../../i18n/use-format';
import { ListingThumbnail } from '../listings/ListingThumbnail';
import { statusLabel } from './QuestionsList';

export function ListingBeside({ listing }: { listing: QuestionListing | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="question-panel__section" aria-labelledby="question-listing-heading" data-testid="question-listing">
      <h3 id="question-listing-heading">{t('questions.listingPanel.title')}</h3>
      {!listing ? (
        <p className="question-panel__muted">{t('questions.listingPanel.missing')}</p>
      ) : (
        <>
          <div className="question-listing">
            <ListingThumbnail src={listing.thumbnail} />
            <div>
              <p className="question-listing__title">{listing.title}</p>
              <dl className="question-listing__facts">
                <div>
                  <dt>{t('questions.listingPanel.price')}</dt>
                  <dd>{format.money(listing.price, listing.currencyId)}</dd>
                </div>
                <div>
                  <dt>{t('questions.listingPanel.stock')}</dt>
                  <dd>{format.number(listing.availableQuantity)}</dd>
                </div>
                {listing.sku && (
                  <div>
                    <dt>{t('questions.listingPanel.sku')}</dt>
                    <dd>{listing.sku}</dd>
                  </div>
                )}
              </dl>
            </div>
          </div>
          {listing.variations.length > 0 && (
            <>
              <h4>{t('questions.listingPanel.variations')}</h4>
              <ul className="question-listing__variations">
                {listing.variations.map((variation) => (
                  <li key={variation.id}>
                    <span>{variation.attributes || variation.sku || variation.id}</span>
                    <span>
                      {format.money(variation.price ?? listing.price, listing.currencyId)} · {t('questions.listingPanel.stock')} {format.number(variation.availableQuantity)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('questions.listingPanel.description')}</h4>
          <p className={listing.descriptionExcerpt ? 'question-listing__description' : 'question-panel__muted'}>
            {listing.descriptionExcerpt ?? t('questions.listingPanel.descriptionMissing')}
          </p>
        </>
      )}
    </section>
  );
}

export function AskerHistory({ questions }: { questions: readonly AskerQuestion[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="question-panel__section" aria-labelledby="question-asker-heading" data-testid="asker-history">
      <h3 id="question-asker-heading">{t('questions.asker.title')}</h3>
      {questions.length === 0 ? (
        <p className="question-panel__muted">{t('questions.asker.none')}</p>
      ) : (
        <ul className="asker-history">
          {questions.map((question) => (
            <li key={question.id}>
              <p className="question-panel__muted">
                {question.itemTitle ?? question.itemId} · {format.date(question.dateCreated)} · {statusLabel(question.status, t)}
              </p>
              <p>{question.text}</p>
              {question.answerText && <p className="asker-history__answer">{question.answerText}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
