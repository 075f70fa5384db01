import { readConfig } from '../config';
import { getDb } from '../db/client';
import { effectiveMode } from '../registration/policy';
import { loadRegistrationPolicy } from '../registration/settings-store';
import { discoveryDocument } from './discovery';
import { protocolAnswer, toResponse, type ProtocolAnswer } from './answer';
import { answerProtocol } from './errors';

/** GET /.well-known/openid-configuration and /.well-known/oauth-authorization-server. */
export function discoveryAnswer(): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    const config = readConfig();
    const settings = await loadRegistrationPolicy(await getDb());
    const document = discoveryDocument({ issuer: config.APP_URL, registrationMode: effectiveMode(settings, config.REGISTRATION_MODE) });
    // Short caching: discovery changes only when an admin changes the registration mode.
    return protocolAnswer(
      200,
      { 'content-type': 'application/json', 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' },
      JSON.stringify(document),
    );
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleDiscovery(): Promise<Response> {
  return discoveryAnswer().then(toResponse);
}
