/** Reads what a seller pastes after approving: the final address from the browser, or just the code. */
export interface PastedCallback {
  code: string | null;
  state: string | null;
  error: string | null;
}

export function parsePastedCallback(text: string): PastedCallback | null {
  const trimmed = text.trim();
  if (/^TG-[A-Za-z0-9_-]+$/.test(trimmed)) return { code: trimmed, state: null, error: null };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  // Some browsers and the forwarding page put the parameters in the fragment instead of the query.
  const params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return null;
  return { code, state: params.get('state'), error };
}
