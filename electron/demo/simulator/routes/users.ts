// /users/me and /users/{id}: the private profile for the token's owner, the public one otherwise.
import { json, notFound, requireAuth, route, type Ctx, type Route } from '../core/http';
import { isoAt, SITES, type SellerRecord } from '../model';
import type { SimState } from '../state';

function completed(sim: SimState, seller: SellerRecord): { total: number; completed: number; canceled: number } {
  const { total, canceled } = sim.world.statsOf(seller.id);
  return { total, completed: total - canceled, canceled };
}

export function renderUser(sim: SimState, seller: SellerRecord, privateView: boolean): Record<string, unknown> {
  const site = SITES[seller.site_id];
  const tx = completed(sim, seller);
  const base: Record<string, unknown> = {
    id: seller.id,
    nickname: seller.nickname,
    registration_date: isoAt(seller.registration_date, seller.site_id),
    country_id: site.countryId,
    address: { state: seller.address.state_id, city: seller.address.city },
    user_type: 'normal',
    tags: seller.operatorOf !== null ? ['normal', 'operator'] : ['normal', 'user_info_verified'],
    logo: null,
    points: 100,
    site_id: seller.site_id,
    permalink: `http://perfil.${site.permalinkHost.replace(/^[a-z]+\./, '')}/${seller.nickname}`,
    seller_reputation: {
      level_id: seller.level_id,
      power_seller_status: seller.power_seller_status,
      transactions: { period: 'historic', total: tx.total, completed: tx.completed, canceled: tx.canceled, ratings: { positive: 0.93, negative: 0.03, neutral: 0.04 } },
    },
    buyer_reputation: { tags: [] },
    status: { site_status: 'active' },
  };
  if (!privateView) return base;
  return {
    ...base,
    first_name: seller.first_name,
    last_name: seller.last_name,
    email: seller.email,
    address: { state: seller.address.state_id, city: seller.address.city, address: seller.address.address_line, zip_code: seller.address.zip_code },
    shipping_modes: seller.shipping_modes,
    seller_experience: 'ADVANCED',
    ...(seller.operatorOf !== null ? { operator: { admin_id: seller.operatorOf } } : {}),
    status: { site_status: 'active', list: { allow: true, codes: [] }, buy: { allow: true, codes: [] }, sell: { allow: seller.operatorOf === null, codes: [] }, mercadoenvios: 'accepted', confirmed_email: true },
  };
}

export function userRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/users/me', (ctx: Ctx) => {
      const auth = requireAuth(ctx);
      return json(renderUser(sim, auth.seller, true));
    }),
    route('GET', '/users/:id', (ctx: Ctx) => {
      const auth = requireAuth(ctx);
      const seller = sim.world.sellers.get(Number(ctx.params.id));
      if (!seller) notFound(`User not found`, 'not_found');
      return json(renderUser(sim, seller, seller.id === auth.userId));
    }),
  ];
}
