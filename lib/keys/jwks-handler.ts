import { getDb } from '../db/client';
import { protocolAnswer, toResponse, type ProtocolAnswer } from '../oauth/answer';
import { answerProtocol } from '../oauth/errors';
import { publicJwks } from './jwks';
import { JWKS_MAX_AGE_SECONDS } from './schedule';

/**
 * GET /oauth/jwks (the jwks_uri). Served as application/json, which every JOSE library accepts;
 * the max-age is shorter than the publish lead, so a new key is fetched before it signs.
 */
export function jwksAnswer(): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    const jwks = await publicJwks(await getDb());
    return protocolAnswer(
      200,
      { 'content-type': 'application/json', 'cache-control': `public, max-age=${JWKS_MAX_AGE_SECONDS}`, 'access-control-allow-origin': '*' },
      JSON.stringify(jwks),
    );
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleJwks(): Promise<Response> {
  return jwksAnswer().then(toResponse);
}
