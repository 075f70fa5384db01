import type { Actor } from '../audit/record';
import type { TokenPolicy } from './policy';

/** Who is registering or managing a client; decides the policy and the audit actor. */
export type Registrant =
  // userId is null for an operator acting through the CLI rather than as a signed-in user.
  | { kind: 'admin' | 'developer'; userId: string | null; email: string; ip?: string | null }
  | { kind: 'initial_access_token'; tokenId: string; tokenPolicy: TokenPolicy | null; ip?: string | null }
  | { kind: 'anonymous'; ip?: string | null };


export function actorOf(registrant: Registrant): Actor {
  switch (registrant.kind) {
    case 'admin':
    case 'developer':
      return registrant.userId
        ? { type: 'user', id: registrant.userId, label: registrant.email, ip: registrant.ip }
        : { type: 'system', label: registrant.email, ip: registrant.ip };
    case 'initial_access_token':
      return { type: 'initial_access_token', id: registrant.tokenId, label: 'initial access token', ip: registrant.ip };
    case 'anonymous':
      return { type: 'anonymous', label: 'anonymous', ip: registrant.ip };
  }
}
