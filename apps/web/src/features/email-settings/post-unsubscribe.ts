import type { EmailCategory } from '../../gql/graphql';

export type UnsubscribeOutcome =
  | { kind: 'done'; maskedEmail: string }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

/**
 * Posts the one-click unsubscribe exactly as a mail client does (RFC 8058: a form body `List-Unsubscribe=One-Click` to
 * the link's own address), so the page and the mail client go through the same door. No cookie is needed.
 */
export async function postUnsubscribe(token: string, category: EmailCategory, fetchImpl: typeof fetch = fetch): Promise<UnsubscribeOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`/unsubscribe?token=${encodeURIComponent(token)}&category=${category}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      credentials: 'omit',
    });
  } catch {
    return { kind: 'failed', message: 'We could not reach Shortlist. Check your connection and try again.' };
  }
  if (response.status === 404 || response.status === 400) return { kind: 'invalid' };
  if (!response.ok) return { kind: 'failed', message: `Shortlist could not do that just now (error ${response.status}). Try again in a minute.` };
  const body = (await response.json().catch(() => null)) as { maskedEmail?: unknown } | null;
  return { kind: 'done', maskedEmail: typeof body?.maskedEmail === 'string' ? body.maskedEmail : 'your address' };
}
