import { clientCredentialsGrant } from './client-credentials';
import type { Grant } from './grant';

export type { Grant, GrantContext, TokenResponseBody } from './grant';

/** Grant types the token endpoint answers; authorization_code, refresh_token and device_code join here. */
export const grants: ReadonlyMap<string, Grant> = new Map([clientCredentialsGrant].map((grant) => [grant.grantType, grant]));
