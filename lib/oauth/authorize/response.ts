import type { ErrorDestination, ResponseMode } from './request';

/** How the browser goes back to the client: a redirect, or a self-submitting form (form_post). */
export type AuthorizationResult = { kind: 'redirect'; url: string } | { kind: 'form_post'; action: string; fields: Record<string, string> };

/**
 * The authorization response in the requested mode, always with `iss` (RFC 9207, so a client
 * talking to several servers can tell which one answered) and the client's `state`.
 */
export function authorizationResult(
  destination: { redirectUri: string; responseMode: ResponseMode; state: string | null },
  issuer: string,
  values: Record<string, string | undefined>,
): AuthorizationResult {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) fields[name] = value;
  if (destination.state !== null) fields.state = destination.state;
  fields.iss = issuer;
  if (destination.responseMode === 'form_post') return { kind: 'form_post', action: destination.redirectUri, fields };
  const url = new URL(destination.redirectUri);
  if (destination.responseMode === 'query') {
    for (const [name, value] of Object.entries(fields)) url.searchParams.set(name, value);
  } else {
    url.hash = new URLSearchParams(fields).toString();
  }
  return { kind: 'redirect', url: url.href };
}

export function errorResult(destination: ErrorDestination, issuer: string, error: string, description: string): AuthorizationResult {
  return authorizationResult(destination, issuer, { error, error_description: description });
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A page that posts the response to the client (OAuth 2.0 Form Post Response Mode). */
export function formPostHtml(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Returning to the application</title></head>` +
    `<body onload="document.forms[0].submit()"><form method="post" action="${escapeHtml(action)}">${inputs}` +
    `<noscript><button type="submit">Continue</button></noscript></form></body></html>`
  );
}

export function resultResponse(result: AuthorizationResult): Response {
  if (result.kind === 'redirect') return new Response(null, { status: 303, headers: { location: result.url, 'cache-control': 'no-store' } });
  return new Response(formPostHtml(result.action, result.fields), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Only the inline submit handler may run; the form may only go to the client.
      'content-security-policy': `default-src 'none'; script-src 'unsafe-inline'; form-action ${new URL(result.action).origin}`,
    },
  });
}

/** The page shown when the request cannot safely be sent back to any client. */
export function errorPageResponse(message: string): Response {
  const body =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>Sign-in request refused</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style></head>` +
    `<body><h1>This sign-in request cannot be completed</h1><p>${escapeHtml(message)}</p>` +
    `<p>Go back to the application and try again, or contact its developer.</p></body></html>`;
  return new Response(body, {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
  });
}
