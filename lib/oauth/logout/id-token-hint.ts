import { compactVerify, decodeProtectedHeader } from 'jose';
import { signingAlgs } from '../../keys';
import { verificationKeys } from '../token/verification-keys';
import type { LogoutRuntime } from './runtime';

export interface IdTokenHint {
  sub: string;
  /** The client the ID token was issued to: `azp`, or the single audience. */
  clientId: string;
}

// ID tokens are typed "JWT" or not at all; access tokens (at+jwt) are signed with the same keys
// and must not pass for a hint.
function isIdTokenType(typ: string | undefined): boolean {
  if (typ === undefined) return true;
  return typ.toLowerCase().replace(/^application\//, '') === 'jwt';
}

function audiences(aud: unknown): string[] | null {
  if (typeof aud === 'string') return [aud];
  if (Array.isArray(aud) && aud.length > 0 && aud.every((value) => typeof value === 'string')) return aud as string[];
  return null;
}

function hintFromClaims(claims: unknown, issuer: string): IdTokenHint | null {
  if (typeof claims !== 'object' || claims === null) return null;
  const { iss, sub, aud, azp, exp, iat } = claims as Record<string, unknown>;
  if (iss !== issuer || typeof sub !== 'string' || sub === '' || typeof exp !== 'number' || typeof iat !== 'number') return null;
  const audience = audiences(aud);
  if (!audience) return null;
  // OIDC Core §2: with several audiences, azp names the party the token was issued to.
  if (azp !== undefined) return typeof azp === 'string' && audience.includes(azp) ? { sub, clientId: azp } : null;
  return audience.length === 1 ? { sub, clientId: audience[0]! } : null;
}

/**
 * An ID token this server issued, as a logout hint. The signature and issuer must hold, but an
 * expired token is still a good hint (RP-Initiated Logout §2: the RP often logs out after its
 * ID token ran out), so the time claims are only required to be present, not current.
 */
export async function verifyIdTokenHint(runtime: LogoutRuntime, token: string): Promise<IdTokenHint | null> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    if (!isIdTokenType(header.typ)) return null;
    kid = header.kid;
  } catch {
    return null;
  }
  try {
    const { payload } = await compactVerify(token, await verificationKeys(runtime.db, kid), { algorithms: [...signingAlgs] });
    return hintFromClaims(JSON.parse(new TextDecoder().decode(payload)), runtime.issuer);
  } catch {
    return null;
  }
}
