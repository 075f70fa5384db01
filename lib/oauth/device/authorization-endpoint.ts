import { isUniqueViolation } from '../../db/errors';
import { generateOpaqueToken, hashOpaqueToken } from '../../crypto/opaque-token';
import type { Db } from '../../db/client';
import { Prisma } from '../../db/generated/client';
import { DEVICE_CODE_GRANT } from '../../metadata/capabilities';
import { authenticateClient } from '../client-auth';
import { toResponse, type ProtocolAnswer } from '../answer';
import { answerProtocol, jsonAnswer, OAuthError } from '../errors';
import { readForm } from '../form';
import { clientAuthDeps, type TokenRuntime } from '../token/runtime';
import { grantedScope } from '../token/scope';
import {
  DEVICE_CODE_LIFETIME_SECONDS,
  DEVICE_POLL_INTERVAL_SECONDS,
  deviceAuthorizationEndpointUrl,
  verificationUri,
} from './settings';
import { formatUserCode, generateUserCode } from './user-code';

// A user code is unique among stored rows; a clash among 20^8 codes is rare, three in a row is not a thing.
const USER_CODE_ATTEMPTS = 3;
// Expired rows are kept an hour so a late poll still hears expired_token rather than invalid_grant.
const EXPIRED_RETENTION_MS = 60 * 60 * 1000;


/**
 * POST /oauth/device_authorization (RFC 8628 §3.1–3.2). The client authenticates as at the token
 * endpoint (public devices with `none`), and only clients registered for the device grant get a
 * code: anyone else could otherwise show users a consent screen in their name.
 */
export function deviceAuthorizationAnswer(runtime: TokenRuntime, request: Request): Promise<ProtocolAnswer> {
  return answerProtocol(async () => {
    const params = await readForm(request);
    const endpoint = deviceAuthorizationEndpointUrl(runtime.issuer);
    const { client } = await authenticateClient(request, params, clientAuthDeps(runtime, endpoint));
    if (!client.grantTypes.includes(DEVICE_CODE_GRANT)) {
      throw new OAuthError('unauthorized_client', 'the client is not registered for the device authorization grant');
    }
    const scope = grantedScope(params.get('scope'), client.scope);
    const now = new Date();
    await purgeExpiredDeviceAuthorizations(runtime.db, now);

    const deviceCode = generateOpaqueToken('dc');
    const userCode = await storeAuthorization(runtime.db, {
      deviceCodeHash: hashOpaqueToken(deviceCode),
      clientId: client.clientId,
      scope,
      intervalSeconds: DEVICE_POLL_INTERVAL_SECONDS,
      expiresAt: new Date(now.getTime() + DEVICE_CODE_LIFETIME_SECONDS * 1000),
    });
    const shown = formatUserCode(userCode);
    const uri = verificationUri(runtime.issuer);
    return jsonAnswer({
      device_code: deviceCode,
      user_code: shown,
      verification_uri: uri,
      verification_uri_complete: `${uri}?user_code=${shown}`,
      expires_in: DEVICE_CODE_LIFETIME_SECONDS,
      interval: DEVICE_POLL_INTERVAL_SECONDS,
    });
  });
}

/** As a Response, for the Next.js route handler; the Node server writes the answer itself. */
export function handleDeviceAuthorization(runtime: TokenRuntime, request: Request): Promise<Response> {
  return deviceAuthorizationAnswer(runtime, request).then(toResponse);
}

type NewAuthorization = Omit<Prisma.DeviceAuthorizationUncheckedCreateInput, 'userCode'>;

/** Inserts the row with a fresh user code, drawing again if the code is taken. */
async function storeAuthorization(db: Db, data: NewAuthorization): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const userCode = generateUserCode();
    try {
      await db.deviceAuthorization.create({ data: { ...data, userCode } });
      return userCode;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= USER_CODE_ATTEMPTS) throw error;
    }
  }
}

/** Frees the user codes of long-expired authorizations; runs with each new one, on an indexed column. */
export async function purgeExpiredDeviceAuthorizations(db: Db, now: Date): Promise<number> {
  const { count } = await db.deviceAuthorization.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - EXPIRED_RETENTION_MS) } } });
  return count;
}
