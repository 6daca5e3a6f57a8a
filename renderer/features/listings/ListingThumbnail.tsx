/**
 * A listing's picture. Mercado Libre serves them from http2.mlstatic.com (the only image host the CSP
 * allows); anything else, or a picture that fails to load (offline, blocked), falls back to a drawn
 * placeholder instead of a broken-image icon.
 */
import { useState } from 'react';
import { ListingsIcon } from '../../components/icons';

const ALLOWED = /^https:\/\/http2\.mlstatic\.com\//;

/** `alt` empty (the default) when a title beside it already names the listing; `large` in the detail's gallery. */
export function ListingThumbnail({ src, alt = '', large = false }: { src: string | null; alt?: string; large?: boolean }) {
  const [failed, setFailed] = useState(false);
  const className = large ? 'listing-thumb listing-thumb--large' : 'listing-thumb';
  const secure = src?.replace(/^http:\/\//, 'https://') ?? null;
  if (!secure || failed || !ALLOWED.test(secure)) {
    return (
      <span className={`${className} listing-thumb--placeholder`} role={alt ? 'img' : undefined} aria-label={alt || undefined} aria-hidden={alt ? undefined : true}>
        <ListingsIcon size={large ? 32 : 20} />
      </span>
    );
  }
  return <img className={className} src={secure} alt={alt} loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />;
}
