import { hashOpaqueToken } from '../../../crypto/opaque-token';
import { OAuthError } from '../../errors';
import { grantsOfflineAccess, issueTokensForGrant } from '../../flows/grant-tokens';
import { verifierMatches } from '../../flows/pkce';
import { revokeGrant } from '../../flows/refresh-tokens';
import type { Grant } from './grant';

const invalidGrant = (description: string) => new OAuthError('invalid_grant', description);

/**
 * RFC 6749 §4.1.3 with PKCE (RFC 7636). The code is marked used in one conditional UPDATE before
 * anything else, so of many simultaneous redemptions exactly one proceeds; a second redemption
 * revokes everything the first produced (RFC 6749 §4.1.2, RFC 9700 §4.2.4).
 */
export const authorizationCodeGrant: Grant = {
  grantType: 'authorization_code',
  parameters: ['code', 'redirect_uri'],
  async handler({ runtime, client, params, now }) {
    const codeHash = hashOpaqueToken(params.get('code')!);
    const consumed = await runtime.db.authorizationCode.updateMany({ where: { codeHash, consumedAt: null }, data: { consumedAt: now } });
    const code = await runtime.db.authorizationCode.findUnique({ where: { codeHash }, include: { grant: true } });
    if (!code) throw invalidGrant('the authorization code is not valid');
    if (consumed.count === 0) {
      await revokeGrant(runtime.db, code.grantId, 'authorization_code_reuse');
      throw invalidGrant('the authorization code was already used; the tokens issued with it are revoked');
    }
    const refuse = async (description: string): Promise<never> => {
      // A code presented wrongly after it was taken is treated as compromised.
      await revokeGrant(runtime.db, code.grantId, 'authorization_code_misuse');
      throw invalidGrant(description);
    };
    if (code.grant.clientId !== client.clientId) return refuse('the authorization code was issued to another client');
    if (code.expiresAt <= now) return refuse('the authorization code has expired');
    if (code.grant.revokedAt) return refuse('the authorization was revoked');
    if (code.redirectUri !== params.get('redirect_uri')) return refuse('redirect_uri differs from the authorization request');
    const verifier = params.get('code_verifier');
    if (code.codeChallenge) {
      if (!verifier || !verifierMatches(verifier, code.codeChallenge)) return refuse('code_verifier does not match the code challenge');
    } else if (verifier) {
      // A verifier without a challenge means the challenge was stripped from the request (RFC 9700 §4.8.2).
      return refuse('a code_verifier was sent but the authorization request had no code_challenge');
    }
    const { grant } = code;
    return issueTokensForGrant(runtime, {
      client,
      grant: { id: grant.id, userId: grant.userId!, authTime: grant.authTime },
      scope: grant.scope,
      nonce: code.nonce,
      refresh: grantsOfflineAccess(client, grant.scope) ? 'new' : 'none',
      now,
    });
  },
};
