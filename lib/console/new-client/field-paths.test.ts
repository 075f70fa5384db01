import { describe, expect, it } from 'vitest';
import { formFieldForPath, groupByFormField, pathInDescription } from './field-paths';

const rows = (...values: string[]) => values.map((value) => ({ value }));
const values = { redirect_uris: rows('', 'https://a.example/cb', 'http://b.example/cb'), post_logout_redirect_uris: rows('https://a.example/bye') };

describe('rulebook paths to form inputs', () => {
  it('maps list elements to the row that was sent, skipping blank rows', () => {
    expect(formFieldForPath('redirect_uris[0]', values)).toBe('redirect_uris.1.value');
    expect(formFieldForPath('redirect_uris[1]', values)).toBe('redirect_uris.2.value');
    expect(formFieldForPath('post_logout_redirect_uris[0]', values)).toBe('post_logout_redirect_uris.0.value');
    expect(formFieldForPath('redirect_uris', values)).toBe('redirect_uris');
  });

  it('maps nested and indexed paths of single inputs to the input', () => {
    expect(formFieldForPath('jwks.keys[0].d', values)).toBe('jwks');
    expect(formFieldForPath('contacts[2]', values)).toBe('contacts');
    expect(formFieldForPath('grant_types[1]', values)).toBe('grant_types');
  });

  it('has no input for fields the form does not show', () => {
    expect(formFieldForPath('sector_identifier_uri', values)).toBeNull();
    expect(formFieldForPath('client_name#ja', values)).toBeNull();
    expect(formFieldForPath('', values)).toBeNull();
  });

  it('groups a finding under every input it concerns, once each', () => {
    const finding = { fields: ['token_endpoint_auth_method', 'grant_types[0]', 'grant_types[1]'] };
    const groups = groupByFormField([finding], values);
    expect([...groups.keys()]).toEqual(['token_endpoint_auth_method', 'grant_types']);
    expect(groups.get('grant_types')).toEqual([finding]);
  });
});

describe('field named by a refusal description', () => {
  it('reads the leading field of remote-check refusals', () => {
    expect(pathInDescription('jwks_uri: getaddrinfo ENOTFOUND keys.invalid')).toBe('jwks_uri');
    expect(pathInDescription('sector_identifier_uri does not list the redirect URI https://a')).toBe('sector_identifier_uri');
    expect(pathInDescription('the registration policy allows at most 3 clients here')).toBeNull();
  });
});
