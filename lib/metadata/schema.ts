import * as z from 'zod';

// URI syntax is judged by the rules rather than the schema, so that a bad URI gets a message saying
// what is wrong with it instead of a bare "invalid url".
const text = z.string();
const uri = z.string();
const uriList = z.array(z.string());
const textList = z.array(z.string());
const jwkSet = z.looseObject({ keys: z.array(z.record(z.string(), z.unknown())) });

/**
 * Client metadata of RFC 7591 §2 and OpenID Connect Dynamic Client Registration 1.0 §2, with the
 * post-logout redirect URIs of OpenID Connect RP-Initiated Logout. Every field is optional here;
 * defaults are applied by `analyze`, which knows what the server supports.
 */
export const clientMetadataSchema = z.object({
  redirect_uris: uriList.optional().describe('Where the authorization server may send the browser back to.'),
  token_endpoint_auth_method: text.optional().describe('How the client proves its identity at the token endpoint.'),
  grant_types: textList.optional().describe('Grant types the client will use at the token endpoint.'),
  response_types: textList.optional().describe('Response types the client will ask for at the authorization endpoint.'),
  client_name: text.optional().describe('Name shown to users on the consent page.'),
  client_uri: uri.optional().describe('Home page of the client.'),
  logo_uri: uri.optional().describe('Logo shown on the consent page.'),
  scope: text.optional().describe('Space-separated scopes the client may request.'),
  contacts: textList.optional().describe('E-mail addresses of people responsible for the client.'),
  tos_uri: uri.optional().describe('Terms of service the user agrees to.'),
  policy_uri: uri.optional().describe('How the client uses personal data.'),
  jwks_uri: uri.optional().describe('Where the client publishes its public keys.'),
  jwks: jwkSet.optional().describe('The client\'s public keys, by value.'),
  software_id: text.optional().describe('Identifier of the software, shared by all its instances.'),
  software_version: text.optional().describe('Version of the software.'),
  software_statement: text.optional().describe('Signed JWT asserting metadata about the software.'),
  application_type: text.optional().describe('web or native.'),
  sector_identifier_uri: uri.optional().describe('JSON list of redirect URIs sharing one pairwise sector.'),
  subject_type: text.optional().describe('public or pairwise subject identifiers.'),
  id_token_signed_response_alg: text.optional().describe('Algorithm signing ID tokens.'),
  id_token_encrypted_response_alg: text.optional().describe('Key management algorithm encrypting ID tokens.'),
  id_token_encrypted_response_enc: text.optional().describe('Content encryption of ID tokens.'),
  userinfo_signed_response_alg: text.optional().describe('Algorithm signing UserInfo responses.'),
  userinfo_encrypted_response_alg: text.optional().describe('Key management algorithm encrypting UserInfo responses.'),
  userinfo_encrypted_response_enc: text.optional().describe('Content encryption of UserInfo responses.'),
  request_object_signing_alg: text.optional().describe('Algorithm the client signs request objects with.'),
  request_object_encryption_alg: text.optional().describe('Key management algorithm the client encrypts request objects with.'),
  request_object_encryption_enc: text.optional().describe('Content encryption of request objects.'),
  token_endpoint_auth_signing_alg: text.optional().describe('Algorithm signing the client authentication JWT.'),
  default_max_age: z.number().optional().describe('Seconds after which the user must sign in again.'),
  require_auth_time: z.boolean().optional().describe('Whether ID tokens must carry auth_time.'),
  default_acr_values: textList.optional().describe('Authentication context classes requested by default.'),
  initiate_login_uri: uri.optional().describe('Where a third party can start a login at the client.'),
  request_uris: uriList.optional().describe('Pre-registered request_uri values.'),
  post_logout_redirect_uris: uriList.optional().describe('Where the browser may go after logout.'),
});

export type ClientMetadataFields = z.infer<typeof clientMetadataSchema>;
export type FieldName = keyof ClientMetadataFields;

/** Human-readable fields that may carry a language tag, as in `client_name#ja-Jpan-JP` (RFC 7591 §2.2). */
export const localizableFields = ['client_name', 'client_uri', 'logo_uri', 'tos_uri', 'policy_uri'] as const;
export type LocalizableField = (typeof localizableFields)[number];
export type LocalizedKey = `${LocalizableField}#${string}`;

export type ClientMetadata = ClientMetadataFields & { [key: LocalizedKey]: string | undefined };

/** Metadata after `analyze`: unknown fields gone and the defaults of RFC 7591 and OIDC applied. */
export type NormalizedClientMetadata = ClientMetadata &
  Required<
    Pick<
      ClientMetadataFields,
      | 'grant_types'
      | 'response_types'
      | 'token_endpoint_auth_method'
      | 'application_type'
      | 'id_token_signed_response_alg'
      | 'require_auth_time'
    >
  >;

export const fieldNames = Object.keys(clientMetadataSchema.shape) as FieldName[];
