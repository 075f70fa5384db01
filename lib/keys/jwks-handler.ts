import { getDb } from '../db/client';
import { answerOAuth } from '../oauth/errors';
import { publicJwks } from './jwks';
import { JWKS_MAX_AGE_SECONDS } from './schedule';

/**
 * GET /oauth/jwks (the jwks_uri). Served as application/json, which every JOSE library accepts;
 * the max-age is shorter than the publish lead, so a new key is fetched before it signs.
 */
export function handleJwks(): Promise<Response> {
  return answerOAuth(async () => {
    const jwks = await publicJwks(await getDb());
    return new Response(JSON.stringify(jwks), {
      headers: {
        'content-type': 'application/json',
        'cache-control': `public, max-age=${JWKS_MAX_AGE_SECONDS}`,
        'access-control-allow-origin': '*',
      },
    });
  });
}
