/**
 * A listing's picture. Mercado Libre serves them from http2.mlstatic.com (the only image host the CSP
 * allows); anything else, or a picture that fails to load (offline, blocked), falls back to a drawn
 * placeholder instead of a broken-image icon.
 */
import { useState } from 'react';
import { ListingsIcon } from '../../components/icons';

const ALLOWED = /^https:\/\/http2\.mlstatic\.com\//;

export function ListingThumbnail({ src }: { src: string | null }) {
  const [failed, setFailed] = useState(false);
  const secure = src?.replace(/^http:\/\//, 'https://') ?? null;
  if (!secure || failed || !ALLOWED.test(secure)) {
    return (
      <span className="listing-thumb listing-thumb--placeholder" aria-hidden="true">
        <ListingsIcon size={20} />
      </span>
    );
  }
  // alt is empty: the title beside it already names the listing.
  return <img className="listing-thumb" src={secure} alt="" loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />;
}
