import { z } from 'zod';
import { clientMetadataSchema } from '../metadata';

/**
 * The OpenAPI 3.1 description of the registration API, built from the same zod schemas the
 * server validates with, so the document cannot drift from the code.
 */
const serverAssignedSchema = z.object({
  client_id: z.string().describe('Issued by the server; never chosen by the client.'),
  client_secret: z.string().optional().describe('Present only in the response that issued it; shown once.'),
  client_id_issued_at: z.number().int().describe('Seconds since the epoch.'),
  client_secret_expires_at: z.number().int().optional().describe('0 when the secret does not expire; present when the client has a secret.'),
  registration_access_token: z.string().optional().describe('Bearer token for the configuration endpoint; returned at registration and after every update (the previous one stops working).'),
  registration_client_uri: z.string().describe('The client configuration endpoint (RFC 7592).'),
  warnings: z
    .array(z.object({ rule: z.string(), fields: z.array(z.string()), message: z.string() }))
    .optional()
    .describe('Extension: advice from the rulebook that did not block the registration. Standard clients ignore it.'),
});

const clientInformationSchema = clientMetadataSchema.extend(serverAssignedSchema.shape);

const oauthErrorSchema = z.object({
  error: z.string().describe('invalid_redirect_uri, invalid_client_metadata, invalid_software_statement, unapproved_software_statement, invalid_token, access_denied, invalid_request'),
  error_description: z.string().optional(),
});

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/OAuthError' } } },
});

const clientResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ClientInformation' } } },
});

const metadataBody = {
  required: true,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ClientMetadata' } } },
};

export function registrationOpenApi(issuer: string): Record<string, unknown> {
  const clientIdParam = { name: 'client_id', in: 'path', required: true, schema: { type: 'string' } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Client registration API',
      version: '1.0.0',
      description:
        'Dynamic client registration (RFC 7591, OpenID Connect Dynamic Client Registration 1.0) and management (RFC 7592). ' +
        'Rule reference: docs/rules.md.',
    },
    servers: [{ url: issuer }],
    paths: {
      '/oauth/register': {
        post: {
          summary: 'Register a client',
          security: [{ initialAccessToken: [] }, {}],
          requestBody: metadataBody,
          responses: {
            '201': clientResponse('Registered; the body holds the credentials, shown once.'),
            '400': errorResponse('Metadata refused by the rulebook or the registration policy.'),
            '401': errorResponse('Initial access token missing, invalid, expired or used up.'),
            '403': errorResponse('Registration is disabled.'),
            '413': errorResponse('Body over 64 KiB.'),
          },
        },
      },
      '/oauth/register/{client_id}': {
        parameters: [clientIdParam],
        get: {
          summary: 'Read a client',
          security: [{ registrationAccessToken: [] }],
          responses: { '200': clientResponse('Current metadata; the secret is not returned.'), '401': errorResponse('Wrong or missing token.') },
        },
        put: {
          summary: 'Replace a client’s metadata',
          description: 'Full replacement: omitted fields are removed or reset to defaults. Send If-Match with the ETag of a read to refuse concurrent changes (412).',
          security: [{ registrationAccessToken: [] }],
          requestBody: metadataBody,
          responses: {
            '200': clientResponse('Updated; carries a new registration_access_token.'),
            '400': errorResponse('Metadata refused.'),
            '401': errorResponse('Wrong or missing token.'),
            '412': errorResponse('The client changed since the given ETag.'),
          },
        },
        delete: {
          summary: 'Delete a client',
          security: [{ registrationAccessToken: [] }],
          responses: { '204': { description: 'Deleted; its credentials and tokens stop working at once.' }, '401': errorResponse('Wrong or missing token.') },
        },
      },
    },
    components: {
      securitySchemes: {
        initialAccessToken: { type: 'http', scheme: 'bearer', description: 'Initial access token (RFC 7591 §3), required unless registration is open.' },
        registrationAccessToken: { type: 'http', scheme: 'bearer', description: 'Registration access token returned at registration.' },
      },
      schemas: {
        ClientMetadata: jsonSchema(clientMetadataSchema),
        ClientInformation: jsonSchema(clientInformationSchema),
        OAuthError: jsonSchema(oauthErrorSchema),
      },
    },
  };
}
