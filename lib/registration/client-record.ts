import { randomBytes } from 'node:crypto';
import type { NormalizedClientMetadata } from '../metadata';
import type { Prisma } from '../db/generated/client';

/** 128 random bits, URL-safe: client identifiers are public but must not be guessable. */
export function generateClientId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The columns kept beside the full metadata document: the ones the console filters and sorts on,
 * and the ones the token endpoint reads on every request.
 */
export function metadataColumns(metadata: NormalizedClientMetadata, warningCount: number) {
  return {
    clientName: metadata.client_name ?? null,
    applicationType: metadata.application_type,
    tokenEndpointAuthMethod: metadata.token_endpoint_auth_method,
    grantTypes: [...metadata.grant_types],
    responseTypes: [...metadata.response_types],
    redirectUris: [...(metadata.redirect_uris ?? [])],
    scope: metadata.scope ?? null,
    softwareId: metadata.software_id ?? null,
    metadata: metadata as Prisma.InputJsonObject,
    warningCount,
  };
}

/** The registered metadata document, as stored. */
export function storedMetadata(client: { metadata: Prisma.JsonValue }): NormalizedClientMetadata {
  return client.metadata as unknown as NormalizedClientMetadata;
}
