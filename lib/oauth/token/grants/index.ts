import { authorizationCodeGrant } from './authorization-code';
import { clientCredentialsGrant } from './client-credentials';
import { deviceCodeGrant } from './device-code';
import { passwordGrant } from './password';
import { refreshTokenGrant } from './refresh-token';
import type { Grant } from './grant';

export type { Grant, GrantContext, TokenResponseBody } from './grant';

/** Grant types the token endpoint answers, one module each. */
export const grants: ReadonlyMap<string, Grant> = new Map([authorizationCodeGrant, refreshTokenGrant, clientCredentialsGrant, deviceCodeGrant, passwordGrant].map((grant) => [grant.grantType, grant]));
