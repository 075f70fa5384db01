import { OAuthError } from '../../errors';
import { issueAccessToken } from '../access-token';
import { grantedScope } from '../scope';
import type { Grant } from './grant';

/** RFC 6749 §4.4: the client acts on its own behalf, so the token's subject is the client. */
export const clientCredentialsGrant: Grant = {
  grantType: 'client_credentials',
  parameters: [],
  async handler({ runtime, client, params, now }) {
    if (client.tokenEndpointAuthMethod === 'none') {
      // The rulebook refuses this combination at registration; a public client has no credentials to present.
      throw new OAuthError('unauthorized_client', 'a public client cannot use client_credentials');
    }
    const scope = grantedScope(params.get('scope'), client.scope);
    const resource = params.get('resource');
    if (resource !== undefined && !/^https?:\/\/[^#]+$/.test(resource)) {
      throw new OAuthError('invalid_target', 'resource must be an absolute URI without a fragment (RFC 8707)');
    }
    const issued = await issueAccessToken(runtime, { client, subject: client.clientId, scope, audience: resource, now });
    return {
      access_token: issued.token,
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      ...(scope.length > 0 ? { scope: scope.join(' ') } : {}),
    };
  },
};
