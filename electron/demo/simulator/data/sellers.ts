// The seeded accounts and applications. They are fixed (not drawn from the seed) so the app and
// the tests can name them: the demo seller, a seller per site, and an operator account.
import type { AppRecord, RecoveryState, SellerRecord, SiteId } from '../model';

export const DEMO_SELLER_ID = 241000101;
export const OPERATOR_USER_ID = 241000404;

export const DEFAULT_APP: AppRecord = {
  client_id: '5830172946611734',
  client_secret: 'sim-secret-Zq8XvK2mWb7LpT4nRc9Hd',
  name: 'Mostrador (simulador)',
  redirect_uris: ['https://localhost:8443/callback', 'http://127.0.0.1:8765/callback', 'https://mostrador.app/oauth/callback'],
  pkce: false,
};

export const PKCE_APP: AppRecord = {
  client_id: '5830172946611735',
  client_secret: 'sim-secret-pkce-Yt3UcN6vQe1JsA8gFk',
  name: 'Mostrador PKCE (simulador)',
  redirect_uris: DEFAULT_APP.redirect_uris,
  pkce: true,
};

function recovery(type: RecoveryState['type'], status: RecoveryState['status'], hasFunds: boolean, amount: number): RecoveryState {
  return { status, type, guaranteeStatus: 'OFF', guaranteeAmount: amount, hasFunds, initDate: null, endDate: null, cancellationReason: null };
}

interface SellerSeed {
  id: number;
  nickname: string;
  site: SiteId;
  first: string;
  last: string;
  operatorOf: number | null;
  level: string | null;
  power: string | null;
  modes: string[];
  city: string;
  stateId: string;
  stateName: string;
  recovery: RecoveryState;
}

const SEEDS: SellerSeed[] = [
  { id: DEMO_SELLER_ID, nickname: 'TIENDA.PAMPA', site: 'MLA', first: 'Carolina', last: 'Medina', operatorOf: null, level: '3_yellow', power: null, modes: ['custom', 'not_specified', 'me1', 'me2'], city: 'Palermo', stateId: 'AR-C', stateName: 'Capital Federal', recovery: recovery('RECOVERY_GRNTEE', 'AVAILABLE', true, 90000) },
  { id: 241000202, nickname: 'LOJA.DO.SUL', site: 'MLB', first: 'Rodrigo', last: 'Tavares', operatorOf: null, level: '5_green', power: 'gold', modes: ['custom', 'not_specified', 'me1', 'me2'], city: 'Curitiba', stateId: 'BR-PR', stateName: 'Paraná', recovery: recovery('RECOVERY_GRNTEE', 'UNAVAILABLE', true, 0) },
  { id: 241000303, nickname: 'TIENDA.AZTECA', site: 'MLM', first: 'Paola', last: 'Cervantes', operatorOf: null, level: null, power: null, modes: ['custom', 'not_specified', 'me2'], city: 'Guadalajara', stateId: 'MX-JAL', stateName: 'Jalisco', recovery: recovery('NEWBIE_GRNTEE', 'AVAILABLE', false, 2500) },
  { id: OPERATOR_USER_ID, nickname: 'TIENDA.PAMPA.OPERADOR', site: 'MLA', first: 'Bruno', last: 'Quiroga', operatorOf: DEMO_SELLER_ID, level: null, power: null, modes: [], city: 'Palermo', stateId: 'AR-C', stateName: 'Capital Federal', recovery: recovery('NEWBIE_GRNTEE', 'UNAVAILABLE', false, 0) },
];

export function seedSellers(now: number): SellerRecord[] {
  return SEEDS.map((s, index) => ({
    id: s.id,
    nickname: s.nickname,
    site_id: s.site,
    first_name: s.first,
    last_name: s.last,
    email: `${s.nickname.toLowerCase().replace(/\./g, '_')}@simulador.test`,
    operatorOf: s.operatorOf,
    isDefault: s.id === DEMO_SELLER_ID,
    registration_date: now - (900 - index * 150) * 86_400_000,
    level_id: s.level,
    power_seller_status: s.power,
    shipping_modes: s.modes,
    address: { address_line: 'Av. Siempreviva 742', street_name: 'Av. Siempreviva', street_number: '742', zip_code: '1414', city: s.city, state_id: s.stateId, state_name: s.stateName },
    recovery: { ...s.recovery },
  }));
}

export interface SellerSummary {
  id: number;
  nickname: string;
  site_id: SiteId;
  is_default: boolean;
  operator_of: number | null;
}

export const SEEDED_SELLERS: SellerSummary[] = SEEDS.map((s) => ({
  id: s.id,
  nickname: s.nickname,
  site_id: s.site,
  is_default: s.id === DEMO_SELLER_ID,
  operator_of: s.operatorOf,
}));
