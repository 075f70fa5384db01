import { readConfig } from '../config';
import { getDb } from '../db/client';
import { effectiveMode } from '../registration/policy';
import { loadRegistrationPolicy } from '../registration/settings-store';
import { discoveryDocument } from './discovery';
import { answerOAuth } from './errors';

/** GET /.well-known/openid-configuration and /.well-known/oauth-authorization-server. */
export function handleDiscovery(): Promise<Response> {
  return answerOAuth(async () => {
    const config = readConfig();
    const settings = await loadRegistrationPolicy(await getDb());
    const document = discoveryDocument({ issuer: config.APP_URL, registrationMode: effectiveMode(settings, config.REGISTRATION_MODE) });
    // Short caching: discovery changes only when an admin changes the registration mode.
    return new Response(JSON.stringify(document), {
      headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' },
    });
  });
}
