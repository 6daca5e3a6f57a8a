/**
 * One listing as the seller checks it before touching it, in the panel beside the table: its numbers
 * (price in the store's money, stock, sold, SKU), pictures, attributes, variations (a variation with no
 * stock in red) and the description. Read from the saved copy, so it opens offline. "Edit" opens the
 * editor in the same place; closing the editor comes back here.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingDescription, ListingDetail, ListingRow } from '../../../shared/listings';
import { SidePanel, SidePanelBody, SidePanelNote } from '../../components/SidePanel';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { shownValue } from './listing-draft';
import { ListingStatusChip } from './ListingStatusChip';
import { ListingThumbnail } from './ListingThumbnail';
import { useSiteMoney, type SiteMoney } from './site-money';
import { useListing, useListingDescription, useListingDetail } from './use-listing';

export interface ListingDetailPanelProps {
  itemId: string;
  onEdit(): void;
  onClose(): void;
}

/** The row's title button, where focus goes back when the panel closes after the table redrew its row. */
export const rowOpener = (itemId: string) => () => document.querySelector<HTMLElement>(`[data-item="${CSS.escape(itemId)}"] .listings-title__open`);

export function ListingDetailPanel({ itemId, onEdit, onClose }: ListingDetailPanelProps) {
  const { t } = useTranslation();
  const row = useListing(itemId);
  const edit = (
    <button type="button" className="button button--primary" onClick={onEdit} disabled={!row} data-testid="listing-detail-edit">
      {t('listings.detail.edit')}
    </button>
  );
  return (
    <SidePanel title={row ? shownValue(row, 'title', row.title) : t('listings.detail.heading')} closeLabel={t('listings.detail.close')} onClose={onClose} showing={itemId} returnFocus={rowOpener(itemId)} actions={edit} testId="listing-detail">
      {row === undefined && <SidePanelNote>{t('listings.detail.loading')}</SidePanelNote>}
      {row === null && <SidePanelNote>{t('listings.detail.notFound')}</SidePanelNote>}
      {row && <DetailBody row={row} />}
    </SidePanel>
  );
}

function DetailBody({ row }: { row: ListingRow }) {
  const format = useFormat(row.userId);
  const money = useSiteMoney(row.userId);
  const detail = useListingDetail(row.id);
  const description = useListingDescription(row.id);
  return (
    <SidePanelBody className="listing-detail">
      <Summary row={row} format={format} money={money} condition={detail?.condition ?? null} />
      <Pictures detail={detail} title={row.title} />
      <Attributes detail={detail} />
      {row.variations.length > 0 && <Variations row={row} format={format} money={money} />}
      <Description row={row} description={description} format={format} />
    </SidePanelBody>
  );
}

function Summary({ row, format, money, condition }: { row: ListingRow; format: Formatters; money: SiteMoney; condition: string | null }) {
  const { t } = useTranslation();
  const available = shownValue(row, 'availableQuantity', row.available);
  const sku = row.sku ?? t('listings.noSku');
  const facts: Array<[string, string, boolean?]> = [
    [t('listings.detail.price'), money.format(shownValue(row, 'price', row.price), row.currencyId)],
    [t('listings.detail.stock'), format.number(available), available === 0],
    [t('listings.detail.sold'), format.number(row.sold)],
    [t('listings.detail.sku'), sku],
  ];
  if (condition === 'new' || condition === 'used') facts.push([t('listings.detail.condition'), t(`listings.detail.conditions.${condition}`)]);
  return (
    <div className="listing-detail__summary">
      <div className="listing-detail__badges">
        <span className="listings-id">{row.id}</span>
        <ListingStatusChip status={shownValue(row, 'status', row.status)} outOfStock={row.subStatus.includes('out_of_stock')} />
        {row.logisticType === 'fulfillment' && <span className="chip chip--full">{t('listings.fulfillment')}</span>}
      </div>
      <dl className="detail-facts">
        {facts.map(([term, value, zero]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className={zero ? 'listings-num--zero' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A titled part of the detail (named for screen readers by its heading). */
function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** What a part says when the listing has nothing for it. */
function Muted({ children }: { children: string }) {
  return <p className="side-panel__muted">{children}</p>;
}

function Pictures({ detail, title }: { detail: ListingDetail | null | undefined; title: string }) {
  const { t } = useTranslation();
  if (detail === undefined) return null;
  const pictures = detail?.pictures ?? [];
  return (
    <DetailSection title={t('listings.detail.pictures')}>
      {pictures.length === 0 ? (
        <Muted>{t('listings.detail.noPictures')}</Muted>
      ) : (
        <ul className="listing-detail__pictures" data-testid="listing-pictures">
          {pictures.map((picture, index) => (
            <li key={picture.id} data-testid="listing-picture">
              <ListingThumbnail src={picture.url} large alt={`${title} — ${t('listings.detail.picture', { n: index + 1, count: pictures.length })}`} />
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

function Attributes({ detail }: { detail: ListingDetail | null | undefined }) {
  const { t } = useTranslation();
  if (detail === undefined) return null;
  const attributes = detail?.attributes ?? [];
  return (
    <DetailSection title={t('listings.detail.attributes')}>
      {attributes.length === 0 ? (
        <Muted>{t('listings.detail.noAttributes')}</Muted>
      ) : (
        <dl className="detail-facts" data-testid="listing-attributes">
          {attributes.map((attribute) => (
            <div key={attribute.id}>
              <dt>{attribute.name}</dt>
              <dd>{attribute.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </DetailSection>
  );
}

function Variations({ row, format, money }: { row: ListingRow; format: Formatters; money: SiteMoney }) {
  const { t } = useTranslation();
  return (
    <DetailSection title={t('listings.detail.variations')}>
      <table className="variations-table" data-testid="listing-variations">
        <thead>
          <tr>
            <th scope="col">{t('listings.detail.variation')}</th>
            <th scope="col">{t('listings.detail.sku')}</th>
            <th scope="col" className="listings-num">{t('listings.detail.price')}</th>
            <th scope="col" className="listings-num">{t('listings.detail.stock')}</th>
          </tr>
        </thead>
        <tbody>
          {row.variations.map((variation) => {
            const available = shownValue(row, 'availableQuantity', variation.available, variation.id);
            return (
              <tr key={variation.id}>
                <th scope="row">{variation.attributes || variation.id}</th>
                <td>{variation.sku ?? '—'}</td>
                <td className="listings-num">{money.format(shownValue(row, 'price', variation.price ?? row.price, variation.id), row.currencyId)}</td>
                <td className={available === 0 ? 'listings-num listings-num--zero' : 'listings-num'} data-testid="variation-stock">
                  {format.number(available)}
                  {available === 0 && <span className="visually-hidden"> ({t('listings.detail.noStock')})</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </DetailSection>
  );
}

function Description({ row, description, format }: { row: ListingRow; description: ListingDescription | null | undefined; format: Formatters }) {
  const { t } = useTranslation();
  const text = description ? shownValue(row, 'description', description.plainText) : '';
  return (
    <DetailSection title={t('listings.detail.description')}>
      {description === undefined && <Muted>{t('listings.detail.descriptionLoading')}</Muted>}
      {description === null && <Muted>{t('listings.detail.descriptionUnavailable')}</Muted>}
      {description && text.trim() === '' && <Muted>{t('listings.detail.descriptionEmpty')}</Muted>}
      {description && text.trim() !== '' && (
        // The seller's own text, shown as text (never interpreted), with its line breaks.
        <p className="listing-detail__description" data-testid="listing-description">
          {text}
        </p>
      )}
      {description?.fromCache && <Muted>{t('listings.detail.descriptionSaved', { date: format.dateTime(description.fetchedAt) })}</Muted>}
    </DetailSection>
  );
}
