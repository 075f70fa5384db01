import { createHash } from 'node:crypto';
import type { NormalizedClientMetadata } from '../../metadata';

/**
 * The `sub` a client sees for a user (OIDC Core §8). Pairwise clients get a value derived from
 * their sector (the sector identifier's host, or their one redirect host), so clients in different
 * sectors cannot correlate users; the salt keeps the value unguessable from the user id.
 */
export function subjectFor(metadata: NormalizedClientMetadata, userId: string, pairwiseSalt: string): string {
  if (metadata.subject_type !== 'pairwise') return userId;
  const sector = sectorHost(metadata);
  return createHash('sha256').update(`${sector}\u0000${userId}\u0000${pairwiseSalt}`).digest('base64url');
}

function sectorHost(metadata: NormalizedClientMetadata): string {
  const source = metadata.sector_identifier_uri ?? metadata.redirect_uris?.[0] ?? '';
  try {
    return new URL(source).host;
  } catch {
    return source;
  }
}

/** The subject a client's tokens carry for a user: the same value in ID tokens, access tokens and userinfo. */
export function clientSubject(client: { metadata: unknown }, userId: string, pairwiseSalt: string): string {
  return subjectFor(client.metadata as NormalizedClientMetadata, userId, pairwiseSalt);
}
