import { describe, expect, it } from 'vitest';
import { fieldNames } from '../metadata';
import { registrationOpenApi } from './openapi';

describe('registrationOpenApi', () => {
  const document = registrationOpenApi('https://issuer.test') as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    servers: Array<{ url: string }>;
  };

  it('describes every registration path and method', () => {
    expect(Object.keys(document.paths)).toEqual(['/oauth/register', '/oauth/register/{client_id}']);
    expect(Object.keys(document.paths['/oauth/register']!)).toEqual(['post']);
    expect(Object.keys(document.paths['/oauth/register/{client_id}']!)).toEqual(['parameters', 'get', 'put', 'delete']);
    expect(document.servers[0]!.url).toBe('https://issuer.test');
  });

  it('derives the metadata schema from the rulebook’s zod schema, field for field', () => {
    expect(Object.keys(document.components.schemas.ClientMetadata!.properties).sort()).toEqual([...fieldNames].sort());
    const information = Object.keys(document.components.schemas.ClientInformation!.properties);
    expect(information).toEqual(expect.arrayContaining([...fieldNames, 'client_id', 'registration_access_token', 'registration_client_uri']));
  });
});
