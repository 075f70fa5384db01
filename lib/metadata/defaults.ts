import type { AnalyzeContext } from './context';
import { canonicalResponseType, grantForWord, responseTypeWords } from './response-types';
import type { ClientMetadata, NormalizedClientMetadata } from './schema';

export interface Flows {
  grant_types: string[];
  response_types: string[];
}

/**
 * Fills in whichever of grant_types and response_types is missing from the other. RFC 7591 gives
 * fixed defaults (["authorization_code"] and ["code"]), but §2.1 lets the server reconcile the two
 * lists, and applying the fixed defaults blindly would turn a client_credentials-only registration
 * into a broken code-flow client. When both are missing the RFC defaults apply unchanged.
 */
export function resolveFlows(grantTypes: readonly string[] | undefined, responseTypes: readonly string[] | undefined): Flows {
  const response_types = responseTypes
    ? responseTypes.map(canonicalResponseType)
    : grantTypes === undefined || grantTypes.includes('authorization_code')
      ? ['code']
      : [];
  if (grantTypes) return { grant_types: [...grantTypes], response_types };
  const grants: string[] = [];
  for (const value of response_types) {
    for (const word of responseTypeWords(value)) {
      const grant = grantForWord[word];
      if (grant && !grants.includes(grant)) grants.push(grant);
    }
  }
  return { grant_types: responseTypes ? grants : ['authorization_code'], response_types };
}

const DEFAULT_ENC = 'A128CBC-HS256';
const encryptionPairs = [
  ['id_token_encrypted_response_alg', 'id_token_encrypted_response_enc'],
  ['userinfo_encrypted_response_alg', 'userinfo_encrypted_response_enc'],
  ['request_object_encryption_alg', 'request_object_encryption_enc'],
] as const;

/** Applies the defaults of RFC 7591 §2 and OpenID Connect Registration §2. */
export function applyDefaults(values: ClientMetadata, context: AnalyzeContext): NormalizedClientMetadata {
  const flows = resolveFlows(values.grant_types, values.response_types);
  const subjectTypes = context.supported.subjectTypes;
  const subjectType = subjectTypes.includes('public') ? 'public' : subjectTypes[0];
  const normalized: NormalizedClientMetadata = {
    ...values,
    grant_types: flows.grant_types,
    response_types: flows.response_types,
    token_endpoint_auth_method: values.token_endpoint_auth_method ?? 'client_secret_basic',
    application_type: values.application_type ?? 'web',
    id_token_signed_response_alg: values.id_token_signed_response_alg ?? 'RS256',
    require_auth_time: values.require_auth_time ?? false,
  };
  if (normalized.subject_type === undefined && subjectType !== undefined) normalized.subject_type = subjectType;
  for (const [alg, enc] of encryptionPairs) {
    if (normalized[alg] !== undefined && normalized[enc] === undefined) normalized[enc] = DEFAULT_ENC;
  }
  return normalized;
}
