/** Post-sale messages with the buyer, per pack (or per order when the sale is not part of a pack). */
import type { MeliClient } from '../client';
import { Message, MessageList, type Paging } from '../schemas';
import { parseAnswer, requireInput, seg } from './parse';

export const MESSAGE_MAX_CHARS = 350;

export interface PackMessage {
  id: string;
  fromUserId: number | null;
  toUserId: number | null;
  text: string;
  /** The message as Mercado Libre sent it, for storage. */
  raw: Message;
}

export interface PackConversation {
  messages: PackMessage[];
  paging: Paging;
  /** Blocked conversations (by the buyer, or by time) accept no new messages. */
  blocked: boolean;
  blockReason: string | null;
}

function normalize(message: Message): PackMessage {
  const to = Array.isArray(message.to) ? message.to[0] : message.to;
  const text = typeof message.text === 'string' ? message.text : (message.text?.plain ?? '');
  return {
    id: message.id ?? message.message_id ?? '',
    fromUserId: message.from?.user_id ?? null,
    toUserId: to?.user_id ?? null,
    text,
    raw: message,
  };
}

export function messagesApi(client: MeliClient) {
  return {
    async conversation(userId: number, packId: number, sellerId: number, page: { offset?: number; limit?: number } = {}): Promise<PackConversation> {
      const call = { userId, method: 'GET', path: `/messages/packs/${seg(packId)}/sellers/${seg(sellerId)}` } as const;
      const response = await client.request({ ...call, query: { tag: 'post_sale', offset: page.offset, limit: page.limit } });
      const list = parseAnswer(MessageList, response, call);
      const status = list.conversation_status;
      return {
        messages: (list.messages ?? list.results ?? []).map(normalize),
        paging: list.paging ?? {},
        blocked: status?.status === 'blocked',
        blockReason: status?.status === 'blocked' ? (status.substatus ?? null) : null,
      };
    },

    async send(userId: number, message: { packId: number; sellerId: number; buyerId: number; text: string }): Promise<PackMessage | null> {
      requireInput(message.text.trim() !== '' && message.text.length <= MESSAGE_MAX_CHARS, `A message holds 1 to ${MESSAGE_MAX_CHARS} characters.`, 'text');
      const call = { userId, method: 'POST', path: `/messages/packs/${seg(message.packId)}/sellers/${seg(message.sellerId)}` } as const;
      const response = await client.request({
        ...call,
        query: { tag: 'post_sale' },
        body: { from: { user_id: message.sellerId }, to: { user_id: message.buyerId }, text: message.text },
      });
      // Some answers echo the message, others only acknowledge it.
      const echoed = Message.safeParse(response.data);
      return echoed.success && (echoed.data.id ?? echoed.data.message_id) ? normalize(echoed.data) : null;
    },
  };
}
