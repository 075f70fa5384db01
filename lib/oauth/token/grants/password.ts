import { verifyPassword } from '../../../auth/password';
import { emailSchema } from '../../../users/schema';
import { OAuthError } from '../../errors';
import { grantsOfflineAccess, issueTokensForGrant } from '../../flows/grant-tokens';
import { grantedScope } from '../scope';
import type { Grant } from './grant';

/**
 * RFC 6749 §4.3, for legacy first-party clients only: the rulebook refuses it at registration
 * unless an admin's policy allows it, and warns even then (RFC 9700 §2.4).
 */
export const passwordGrant: Grant = {
  grantType: 'password',
  parameters: ['username', 'password'],
  async handler({ runtime, client, params, now }) {
    const email = emailSchema.safeParse(params.get('username'));
    const user = email.success
      ? await runtime.db.user.findUnique({ where: { email: email.data }, omit: { passwordHash: false } })
      : null;
    // Verified even for unknown users, so the answer's timing says nothing about who exists.
    const valid = await verifyPassword(user?.passwordHash ?? null, params.get('password')!);
    if (!user || !valid || user.disabled) throw new OAuthError('invalid_grant', 'the username or password is incorrect');
    const scope = grantedScope(params.get('scope'), client.scope);
    const grant = await runtime.db.grant.create({ data: { clientId: client.clientId, userId: user.id, scope, authTime: now } });
    return issueTokensForGrant(runtime, {
      client,
      grant: { id: grant.id, userId: user.id, authTime: now },
      scope,
      refresh: grantsOfflineAccess(client, scope) ? 'new' : 'none',
      now,
    });
  },
};
