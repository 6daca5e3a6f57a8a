// The reputation protection programs (Despegue NEWBIE_GRNTEE / Seller Recovery RECOVERY_GRNTEE):
// status, activate (needs the guarantee money), cancel with a reason, and the legal document as a
// base64 PDF. Limited to 100 requests per minute per seller, as documented.
import { fail, json, objectBody, requireAuth, route, type Ctx, type Route } from '../core/http';
import { tooManyRequests } from '../faults';
import { loadPdfLib } from '../labels-render';
import { SITES, isoOrNull, type SellerRecord } from '../model';
import type { SimState } from '../state';

const REASONS = ['business_not_ready', 'program_not_useful', 'need_money', 'goal_achieved', 'without_reason'];
const GREEN = ['4_light_green', '5_green'];
const DAY = 86_400_000;

function seller(sim: SimState, ctx: Ctx): SellerRecord {
  const auth = requireAuth(ctx);
  if (sim.windows.hit(`recovery:${auth.userId}`, 100, 60_000, sim.world.now())) throw tooManyRequests(sim.config);
  return auth.seller;
}

function limits(s: SellerRecord): { max_issues_allowed: number; protection_days_limit: number } {
  return s.recovery.type === 'NEWBIE_GRNTEE' ? { max_issues_allowed: 5, protection_days_limit: 365 } : { max_issues_allowed: 3, protection_days_limit: 90 };
}

function renderStatus(sim: SimState, s: SellerRecord): Record<string, unknown> {
  const r = s.recovery;
  const status = GREEN.includes(s.level_id ?? '') ? 'UNAVAILABLE' : r.status;
  const amount = new Intl.NumberFormat('es-AR').format(r.guaranteeAmount);
  const body: Record<string, unknown> = {
    seller_id: s.id,
    current_level: s.level_id ?? 'newbie',
    status,
    type: r.type,
    site_id: s.site_id,
    protection_limits: limits(s),
    guarantee_limits: { guarantee_price: `$${amount}`, ...(r.type === 'NEWBIE_GRNTEE' ? { advertising_amount: r.guaranteeAmount } : {}) },
    guarantee_detail: { guarantee_status: r.guaranteeStatus },
    is_renewal: false,
  };
  if (r.initDate !== null) {
    const orders = (sim.world.ordersBySeller.get(s.id) ?? []).filter((o) => o.date_created >= (r.initDate ?? 0));
    const cancels = orders.filter((o) => o.status === 'cancelled').length;
    body.protection_detail = {
      warning: null, reactivated: false, init_date: isoOrNull(r.initDate, s.site_id), end_date: isoOrNull(r.endDate, s.site_id),
      protection_days: Math.max(0, Math.floor((sim.world.now() - r.initDate) / DAY)), start_level: s.level_id, end_level: null,
    };
    body.sales_detail = { orders_qty: orders.length, total_issues: cancels, claims_qty: 0, cancel_qty: cancels, delay_qty: 0 };
    body.guarantee_detail = { guarantee_status: r.guaranteeStatus, guarantee_end_date: isoOrNull(r.endDate, s.site_id), guarantee_buffer: 30, guarantee_release_amount: r.guaranteeStatus === 'RELEASED' ? r.guaranteeAmount : 0, guarantee_charge_amount: 0 };
  }
  return body;
}

async function legalDocument(s: SellerRecord, kind: string): Promise<string> {
  const lib = await loadPdfLib();
  const pdf = await lib.PDFDocument.create();
  const font = await pdf.embedFont(lib.StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [`Autorizacion legal (${kind})`, `Programa: ${s.recovery.type}`, `Vendedor: ${s.nickname} (${s.id})`, `Pais: ${SITES[s.site_id].countryName.replace('é', 'e')}`, `Garantia: ${s.recovery.guaranteeAmount} ${SITES[s.site_id].currency}`];
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 22, size: 12, font }));
  return Buffer.from(await pdf.save()).toString('base64');
}

export function reputationRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/users/reputation/seller_recovery/status', (ctx) => json(renderStatus(sim, seller(sim, ctx)))),
    route('POST', '/users/reputation/seller_recovery/activate', (ctx) => {
      const s = seller(sim, ctx);
      if (GREEN.includes(s.level_id ?? '') || s.recovery.status !== 'AVAILABLE') fail(400, 'bad_request', `The protection cannot be activated in status ${GREEN.includes(s.level_id ?? '') ? 'UNAVAILABLE' : s.recovery.status}`);
      if (!s.recovery.hasFunds) fail(400, 'insufficient_funds', 'The guarantee amount is not available in the Mercado Pago account');
      const now = sim.world.now();
      s.recovery = { ...s.recovery, status: 'ACTIVE', guaranteeStatus: 'ON', initDate: now, endDate: now + limits(s).protection_days_limit * DAY };
      return json({ message: 'ok' });
    }),
    route('PUT', '/users/reputation/seller_recovery/cancel_guarantee', (ctx) => {
      const s = seller(sim, ctx);
      const body = ctx.rawBody.length > 0 ? objectBody(ctx) : {};
      const reason = body.cancellation_reason;
      if (s.recovery.status !== 'ACTIVE') fail(400, 'bad_request', `There is no active protection to cancel (status ${s.recovery.status})`);
      if (reason === undefined && s.recovery.type === 'NEWBIE_GRNTEE') fail(400, 'bad_request', 'cancellation_reason is required for the Despegue program');
      if (reason !== undefined && (typeof reason !== 'string' || !REASONS.includes(reason))) fail(400, 'bad_request', `Invalid cancellation_reason; valid values: ${REASONS.join(', ')}`);
      s.recovery = { ...s.recovery, status: 'FINISHED_BY_USER', guaranteeStatus: 'RELEASED', endDate: sim.world.now(), cancellationReason: typeof reason === 'string' ? reason : null };
      return json({ message: 'ok' });
    }),
    route('GET', '/users/reputation/seller_recovery/legal-document', async (ctx) => {
      const s = seller(sim, ctx);
      const type = (ctx.query.get('type') ?? '').toUpperCase();
      if (type !== 'PREVIEW' && type !== 'COMPLETE') fail(400, 'bad_request', 'The type param is required: PREVIEW or COMPLETE');
      const status = GREEN.includes(s.level_id ?? '') ? 'UNAVAILABLE' : s.recovery.status;
      if (type === 'PREVIEW' && !(status === 'AVAILABLE' && s.recovery.guaranteeStatus === 'OFF')) fail(400, 'bad_request', 'The preview is only available while the protection is AVAILABLE and the guarantee OFF');
      if (type === 'COMPLETE' && !(status === 'ACTIVE' || status.startsWith('FINISHED_BY_'))) fail(400, 'bad_request', 'The complete document is only available once the protection was activated');
      return json({ document: await legalDocument(s, type) });
    }),
  ];
}
