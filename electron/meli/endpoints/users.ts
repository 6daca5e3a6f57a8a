/** The signed-in seller and other users. */
import type { MeliClient } from '../client';
import { User } from '../schemas';
import { parseAnswer, seg } from './parse';

export function usersApi(client: MeliClient) {
  return {
    /** GET /users/me: the account the token belongs to. */
    async me(userId: number): Promise<User> {
      const call = { userId, method: 'GET', path: '/users/me' } as const;
      return parseAnswer(User, await client.request(call), call);
    },
    /** GET /users/{id}. */
    async get(userId: number | null, id: number): Promise<User> {
      const call = { userId, method: 'GET', path: `/users/${seg(id)}` } as const;
      return parseAnswer(User, await client.request(call), call);
    },
  };
}
