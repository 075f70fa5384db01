import { hashOpaqueToken } from '../../../crypto/opaque-token';
import { OAuthError } from '../../errors';
import { issueTokensForGrant } from '../../flows/grant-tokens';
import { revokeGrant } from '../../flows/refresh-tokens';
import { parseScope } from '../scope';
import type { Grant } from './grant';

const invalidGrant = (description: string) => new OAuthError('invalid_grant', description);

/**
 * RFC 6749 §6 with rotation and reuse detection (RFC 9700 §4.14): each use hands out a new
 * refresh token and retires the old one in one conditional UPDATE; presenting a retired token
 * means it leaked, and the whole grant is revoked.
 */
export const refreshTokenGrant: Grant = {
  grantType: 'refresh_token',
  parameters: ['refresh_token'],
  async handler({ runtime, client, params, now }) {
    const presented = params.get('refresh_token')!;
    const tokenHash = hashOpaqueToken(presented);
    const token = await runtime.db.refreshToken.findUnique({ where: { tokenHash }, include: { grant: true } });
    if (!token || token.grant.clientId !== client.clientId) throw invalidGrant('the refresh token is not valid');
    if (token.grant.revokedAt) throw invalidGrant('the authorization was revoked');
    if (token.expiresAt <= now) throw invalidGrant('the refresh token has expired');

    const requested = parseScope(params.get('scope'));
    const widened = requested.filter((value) => !token.scope.includes(value));
    if (widened.length > 0) throw new OAuthError('invalid_scope', `the refresh token does not cover ${widened.join(' ')}`);
    const scope = requested.length > 0 ? requested : token.scope;

    const rotate = client.tokenEndpointAuthMethod === 'none' || runtime.rotateConfidentialRefreshTokens;
    if (rotate) {
      const retired = await runtime.db.refreshToken.updateMany({ where: { tokenHash, consumedAt: null }, data: { consumedAt: now } });
      if (retired.count === 0) {
        await revokeGrant(runtime.db, token.grantId, 'refresh_token_reuse');
        throw invalidGrant('the refresh token was already used; the authorization is revoked');
      }
    }
    const { grant } = token;
    return issueTokensForGrant(runtime, {
      client,
      grant: { id: grant.id, userId: grant.userId!, authTime: grant.authTime },
      scope,
      refresh: rotate ? 'new' : { keep: presented },
      now,
    });
  },
};
