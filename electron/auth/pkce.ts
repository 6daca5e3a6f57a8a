/** PKCE (RFC 7636, S256) and the single-use `state` that also carries the loopback port. */
import crypto from 'node:crypto';

export interface Pkce {
  verifier: string;
  challenge: string;
  method: 'S256';
}

export function createPkce(): Pkce {
  const verifier = crypto.randomBytes(48).toString('base64url');
  return { verifier, challenge: challengeFor(verifier), method: 'S256' };
}

export function challengeFor(verifier: string): string {
  return crypto.createHash('sha256').update(verifier).digest('base64url');
}

/**
 * `<port>.<random>`: the forwarding page reads the port before the dot to know where this app listens.
 * The random part is what makes it unguessable.
 */
export function createState(port: number): string {
  return `${port}.${crypto.randomBytes(24).toString('base64url')}`;
}

export function portFromState(state: string): number | null {
  const match = /^(\d{1,5})\./.exec(state);
  const port = match ? Number(match[1]) : NaN;
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
