import type { Actor } from '../audit/record';
import type { TokenPolicy } from './policy';

/** Who is registering or managing a client; decides the policy and the audit actor. */
export type Registrant =
  | { kind: 'admin' | 'developer'; userId: string; email: string; ip?: string | null }
  | { kind: 'initial_access_token'; tokenId: string; tokenPolicy: TokenPolicy | null; ip?: string | null }
  | { kind: 'anonymous'; ip?: string | null };


export function actorOf(registrant: Registrant): Actor {
  switch (registrant.kind) {
    case 'admin':
    case 'developer':
      return { type: 'user', id: registrant.userId, label: registrant.email, ip: registrant.ip };
    case 'initial_access_token':
      return { type: 'initial_access_token', id: registrant.tokenId, label: 'initial access token', ip: registrant.ip };
    case 'anonymous':
      return { type: 'anonymous', label: 'anonymous', ip: registrant.ip };
  }
}
