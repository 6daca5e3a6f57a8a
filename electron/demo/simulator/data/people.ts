// Buyers and addresses for one site, drawn from the seeded random stream.
import type { Rng } from '../core/prng';
import type { Address, Buyer, SiteId } from '../model';
import { NAMES, PLACES, STREETS, ZIP } from './catalog';

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function makeAddress(rng: Rng, site: SiteId): Address {
  const place = rng.pick(PLACES[site]);
  const street = rng.pick(STREETS[site]);
  const number = String(rng.int(10, 4999));
  const floor = rng.chance(0.3) ? (site === 'MLB' ? `, apto ${rng.int(11, 154)}` : ` ${rng.int(1, 12)}° ${rng.pick(['A', 'B', 'C', 'D'])}`) : '';
  return {
    address_line: `${street} ${number}${floor}`,
    street_name: street,
    street_number: number,
    zip_code: ZIP[site](rng.int(0, 99_999_999)),
    city: place.city,
    state_id: place.stateId,
    state_name: place.stateName,
  };
}

const DOC: Record<SiteId, string> = { MLA: 'DNI', MLB: 'CPF', MLM: 'RFC' };

export function makeBuyer(rng: Rng, site: SiteId, id: number): Buyer {
  const first = rng.pick(NAMES[site].first);
  const last = rng.pick(NAMES[site].last);
  const nick = stripAccents(`${first.split(' ')[0] ?? first}${last}`).toUpperCase().replace(/[^A-Z]/g, '') + String(rng.int(10, 9999));
  return {
    id,
    site_id: site,
    nickname: nick,
    first_name: first,
    last_name: last,
    email: `${nick.toLowerCase()}.${rng.hex(6)}@mail.mercadolibre.com`,
    phone: { area_code: site === 'MLB' ? String(rng.int(11, 99)) : site === 'MLA' ? '11' : '55', number: `${rng.int(1000, 9999)}-${rng.int(1000, 9999)}` },
    doc_type: DOC[site],
    doc_number: String(rng.int(10_000_000, 99_999_999)) + (site === 'MLB' ? String(rng.int(100, 999)) : ''),
    address: makeAddress(rng, site),
  };
}
