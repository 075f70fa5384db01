/**
 * The caller's address for the audit log. Behind the project's own server it is the socket's peer
 * (forwarded by Next.js as the last x-forwarded-for entry); it is informational, never an access control.
 */
export function requestIp(request: Request): string | null {
  const forwarded = request.headers.get('x-forwarded-for');
  if (!forwarded) return null;
  const hops = forwarded.split(',').map((hop) => hop.trim()).filter(Boolean);
  return hops[hops.length - 1] ?? null;
}
