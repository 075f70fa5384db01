/**
 * What a protocol endpoint answers, before it is a Web Response. The Next.js route handlers get a
 * Response made from it (toResponse); the Node server writes it to the socket as it is
 * (lib/server/node-bridge.ts), because a Response body is a Web byte stream, and creating one and
 * reading it back cost about a tenth of a token request.
 */
export interface ProtocolAnswer {
  status: number;
  /** Header names in lower case, as a Response's Headers would give them. */
  headers: Readonly<Record<string, string>>;
  /** The body as text, or null for none. */
  body: string | null;
}

export function protocolAnswer(status: number, headers: Record<string, string>, body: string | null = null): ProtocolAnswer {
  return { status, headers, body };
}

export function toResponse(answer: ProtocolAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
