// Questions: search by seller or item with status filter and sort, answering (≤ 2000 chars, once,
// never empty), deleting, and the seller's blacklist of askers.
import { fail, intParam, isRecord, json, objectBody, requireAuth, route, type Ctx, type Route } from '../core/http';
import type { QuestionRecord, QuestionStatus } from '../model';
import type { SimState } from '../state';
import { renderQuestion } from '../views';

const STATUSES: QuestionStatus[] = ['UNANSWERED', 'ANSWERED', 'CLOSED_UNANSWERED', 'UNDER_REVIEW', 'BANNED', 'DELETED', 'DISABLED'];
const ANSWER_MAX = 2000;
const MAX_LIMIT = 50;

function search(sim: SimState) {
  return (ctx: Ctx) => {
    const auth = requireAuth(ctx);
    const sellerId = ctx.query.get('seller_id');
    const itemId = ctx.query.get('item') ?? ctx.query.get('item_id');
    if (!sellerId && !itemId) fail(400, 'bad_request', 'seller_id or item is required');
    if (sellerId && sellerId !== String(auth.userId)) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
    const statusParam = ctx.query.get('status')?.toUpperCase() ?? null;
    const statuses = statusParam ? statusParam.split(',') : null;
    if (statuses?.some((s) => !STATUSES.includes(s as QuestionStatus))) fail(400, 'bad_request', `Invalid status: ${statusParam ?? ''}`);
    const from = ctx.query.get('from');
    const limit = Math.min(intParam(ctx, 'limit', MAX_LIMIT), MAX_LIMIT);
    const offset = intParam(ctx, 'offset', 0);
    const sortField = ctx.query.get('sort_fields') ?? 'date_created';
    if (!['date_created', 'item_id', 'seller_id', 'from_id'].includes(sortField)) fail(400, 'bad_request', `Invalid sort_fields: ${sortField}`);
    const desc = (ctx.query.get('sort_types') ?? 'DESC').toUpperCase() === 'DESC';
    const found = [...sim.world.questions.values()].filter((q) => {
      if (sellerId && q.seller_id !== auth.userId) return false;
      if (itemId && q.item_id !== itemId) return false;
      if (from && String(q.from_id) !== from) return false;
      if (statuses) return statuses.includes(q.status);
      return q.status !== 'DELETED';
    });
    const key = (q: QuestionRecord): number | string => (sortField === 'item_id' ? q.item_id : sortField === 'from_id' ? q.from_id : sortField === 'seller_id' ? q.seller_id : q.date_created);
    found.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : a.id - b.id;
      return desc ? -order : order;
    });
    const site = auth.seller.site_id;
    return json({
      total: found.length,
      limit,
      questions: found.slice(offset, offset + limit).map((q) => renderQuestion(q, site)),
      filters: { limit, offset, api_version: ctx.query.get('api_version') ?? '4', is_admin: false, sorts: [], caller: auth.userId, seller: sellerId, status: statusParam },
      available_filters: [{ id: 'status', name: 'Status', type: 'text', values: STATUSES }],
      available_sorts: ['item_id', 'from_id', 'date_created', 'seller_id'],
    });
  };
}

function ownedQuestion(sim: SimState, ctx: Ctx, rawId: unknown): QuestionRecord {
  const auth = requireAuth(ctx);
  const id = typeof rawId === 'number' ? rawId : typeof rawId === 'string' && /^\d+$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isInteger(id)) fail(400, 'invalid_question', 'The question is invalid. question_id must be an integer number');
  const question = sim.world.questions.get(id);
  if (!question) fail(404, 'not_found', `Question ${id} not found`);
  if (question.seller_id !== auth.userId) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
  return question;
}

function answer(sim: SimState) {
  return (ctx: Ctx) => {
    const body = objectBody(ctx);
    const extra = Object.keys(body).filter((k) => k !== 'question_id' && k !== 'text');
    if (extra.length > 0) fail(400, 'invalid_post_body', 'Invalid JSON. Valid attributes are: question_id, text');
    const question = ownedQuestion(sim, ctx, body.question_id);
    const text = body.text;
    if (typeof text !== 'string' || text.trim() === '') fail(400, 'text_is_null', 'The answer text is null or empty');
    if (text.length > ANSWER_MAX) fail(400, 'text_too_long', `The answer must have at most ${ANSWER_MAX} characters`);
    if (question.status !== 'UNANSWERED') fail(400, 'not_unanswered_question', `Question ${question.id} is not unanswered (status ${question.status})`);
    question.status = 'ANSWERED';
    question.answer = { text, status: 'ACTIVE', date_created: sim.world.now() };
    return json(renderQuestion(question, requireAuth(ctx).seller.site_id));
  };
}

function ownSeller(ctx: Ctx): number {
  const auth = requireAuth(ctx);
  if (ctx.params.seller !== String(auth.userId)) fail(403, 'forbidden', 'The caller is not authorized to access this resource');
  return auth.userId;
}

export function questionRoutes(sim: SimState): Route[] {
  return [
    route('GET', '/questions/search', search(sim)),
    route('GET', '/questions/:id', (ctx) => json(renderQuestion(ownedQuestion(sim, ctx, ctx.params.id), requireAuth(ctx).seller.site_id))),
    route('POST', '/answers', answer(sim)),
    route('DELETE', '/questions/:id', (ctx) => {
      const question = ownedQuestion(sim, ctx, ctx.params.id);
      question.status = 'DELETED';
      return json(['Question deleted.']);
    }),
    route('GET', '/users/:seller/questions_blacklist', (ctx) => {
      const seller = ownSeller(ctx);
      const users = [...(sim.world.blacklists.get(seller) ?? [])].map((id) => ({ id }));
      return json({ users, paging: { total: users.length, offset: 0, limit: users.length } });
    }),
    route('POST', '/users/:seller/questions_blacklist', (ctx) => {
      const seller = ownSeller(ctx);
      const body = objectBody(ctx);
      const userId = Number(isRecord(body) ? body.user_id : NaN);
      if (!Number.isInteger(userId) || userId <= 0) fail(400, 'bad_request', 'user_id must be a user id');
      const list = sim.world.blacklists.get(seller) ?? new Set<number>();
      list.add(userId);
      sim.world.blacklists.set(seller, list);
      return json({ user_id: userId, blocked: true });
    }),
    route('DELETE', '/users/:seller/questions_blacklist/:user', (ctx) => {
      const seller = ownSeller(ctx);
      const removed = sim.world.blacklists.get(seller)?.delete(Number(ctx.params.user)) ?? false;
      if (!removed) fail(404, 'not_found', `User ${ctx.params.user ?? ''} is not in the blacklist`);
      return json({ user_id: Number(ctx.params.user), blocked: false });
    }),
  ];
}
