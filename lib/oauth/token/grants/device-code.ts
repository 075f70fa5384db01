import { hashOpaqueToken } from '../../../crypto/opaque-token';
import { DEVICE_CODE_GRANT } from '../../../metadata/capabilities';
import { takeApprovedDeviceAuthorization } from '../../device/polling';
import { OAuthError } from '../../errors';
import { grantsOfflineAccess, issueTokensForGrant } from '../../flows/grant-tokens';
import type { Grant } from './grant';

/**
 * RFC 8628 §3.4: the device trades its device code for tokens once the user has approved it on
 * another screen. The approval becomes a grant like any other, so refresh tokens, revocation and
 * consent withdrawal treat it as they treat the authorization code flow's.
 */
export const deviceCodeGrant: Grant = {
  grantType: DEVICE_CODE_GRANT,
  parameters: ['device_code'],
  async handler({ runtime, client, params, now }) {
    const approved = await takeApprovedDeviceAuthorization(runtime.db, {
      deviceCodeHash: hashOpaqueToken(params.get('device_code')!),
      clientId: client.clientId,
      now,
    });
    // The user may have been disabled or removed between approving and the device's poll.
    const user = await runtime.db.user.findUnique({ where: { id: approved.userId }, select: { disabled: true } });
    if (!user || user.disabled) throw new OAuthError('invalid_grant', 'the user who approved the request can no longer sign in');
    const grant = await runtime.db.grant.create({
      data: { clientId: client.clientId, userId: approved.userId, scope: approved.scope, authTime: approved.authTime },
    });
    return issueTokensForGrant(runtime, {
      client,
      grant: { id: grant.id, userId: approved.userId, authTime: approved.authTime },
      scope: approved.scope,
      refresh: grantsOfflineAccess(client, approved.scope) ? 'new' : 'none',
      now,
    });
  },
};
