/**
 * The HTTP Basic header a client sends to the token endpoint: client_id and secret are each
 * form-urlencoded before joining (RFC 6749 §2.3.1 and Appendix B), so ids with ':' survive.
 */
export function basicAuthorization(clientId: string, secret: string): string {
  const encode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(secret)}`).toString('base64')}`;
}
