import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProtocolAnswer } from '../oauth/answer';
import { attachNodeBody } from '../oauth/request-body';

/**
 * Turns a Node request into a Web `Request` for the protocol handlers. The body stays a Node
 * stream, handed over beside the Request (see attachNodeBody): the protocol handlers read bodies
 * only through readBodyText, and a Web stream around it cost more than the rest of the conversion.
 */
export function toWebRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const request = new Request(new URL(req.url ?? '/', origin), { method, headers });
  return method === 'GET' || method === 'HEAD' ? request : attachNodeBody(request, req);
}

/** Undici gives a text body without a declared type this one; the written answer must match. */
const TEXT_TYPE = 'text/plain;charset=UTF-8';

function writeAnswer(res: ServerResponse, answer: ProtocolAnswer): void {
  if (answer.body === null) {
    res.writeHead(answer.status, answer.headers);
    res.end();
    return;
  }
  res.writeHead(answer.status, 'content-type' in answer.headers ? answer.headers : { ...answer.headers, 'content-type': TEXT_TYPE });
  res.end(answer.body);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Writes what a protocol route answered: a protocol answer as it is, a Response through its body stream. */
export async function writeWebResponse(res: ServerResponse, result: ProtocolAnswer | Response): Promise<void> {
  if (result instanceof Response) return writeResponse(res, result);
  writeAnswer(res, result);
}
