/**
 * Credentials belong to where they were issued. Tokens and the app's secret are stored with the API
 * origin and client id they were issued (or entered) for, and are sent only while the app still points
 * there with that client id. Changing either — in Settings, in the environment, or by anyone holding the
 * local API — makes accounts "needs sign-in" instead of handing the seller's credentials to a new address.
 */

/** Where calls go and as which app: the current configuration, or the one a credential was issued for. */
export interface ApiTarget {
  apiUrl: string;
  clientId: string;
}

export interface Binding {
  apiOrigin: string;
  clientId: string;
}

export function originOf(url: string): string {
  return new URL(url).origin;
}

export function bindingOf(target: ApiTarget): Binding {
  return { apiOrigin: originOf(target.apiUrl), clientId: target.clientId };
}

export function sameBinding(a: Partial<Binding>, b: Binding): boolean {
  return a.apiOrigin === b.apiOrigin && a.clientId === b.clientId;
}
