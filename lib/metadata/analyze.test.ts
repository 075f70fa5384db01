import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { buildContext, defaultContext } from './context';
import { registrationError } from './registration-error';
import { allFindings } from './testing/findings';

const ids = (findings: readonly { ruleId: string }[]) => findings.map((finding) => finding.ruleId);

describe('normalized metadata', () => {
  it('applies the RFC 7591 and OpenID defaults to an empty registration', () => {
    expect(analyze({}).normalized).toEqual({
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      application_type: 'web',
      id_token_signed_response_alg: 'RS256',
      require_auth_time: false,
      subject_type: 'public',
    });
  });

  it('drops unknown fields and keeps language-tagged ones', () => {
    const { normalized } = analyze({ client_name: 'Acme', 'client_name#ja-Jpan-JP': 'アクメ', x_custom: 1, 'client_name#': 'x' });
    expect(normalized).toMatchObject({ client_name: 'Acme', 'client_name#ja-Jpan-JP': 'アクメ' });
    expect(normalized).not.toHaveProperty('x_custom');
    expect(normalized).not.toHaveProperty('client_name#');
  });

  it.each([
    ['grant types from response types', { response_types: ['code', 'id_token'] }, ['authorization_code', 'implicit'], ['code', 'id_token']],
    ['no code flow for a service', { grant_types: ['client_credentials'] }, ['client_credentials'], []],
    ['code for a code grant', { grant_types: ['authorization_code', 'refresh_token'] }, ['authorization_code', 'refresh_token'], ['code']],
    ['canonical word order', { response_types: ['token id_token code'] }, ['authorization_code', 'implicit'], ['code id_token token']],
  ])('reconciles flows: %s', (_name, metadata, grants, responseTypes) => {
    const { normalized } = analyze(metadata);
    expect(normalized.grant_types).toEqual(grants);
    expect(normalized.response_types).toEqual(responseTypes);
  });

  it('defaults the content encryption once a key management algorithm is chosen', () => {
    const { normalized } = analyze({ id_token_encrypted_response_alg: 'RSA-OAEP-256', userinfo_encrypted_response_alg: 'ECDH-ES', userinfo_encrypted_response_enc: 'A256GCM' });
    expect(normalized.id_token_encrypted_response_enc).toBe('A128CBC-HS256');
    expect(normalized.userinfo_encrypted_response_enc).toBe('A256GCM');
    expect(normalized).not.toHaveProperty('request_object_encryption_enc');
  });

  it('defaults subject_type to what the server offers', () => {
    expect(analyze({}, buildContext({ supported: { subjectTypes: ['pairwise'] } })).normalized.subject_type).toBe('pairwise');
  });

  it('keeps the usable part of a list with wrong elements', () => {
    const result = analyze({ client_name: 'Acme', redirect_uris: [1, 'https://app.example.com/cb#x'] });
    expect(result.normalized.redirect_uris).toEqual(['https://app.example.com/cb#x']);
    expect(result.errors.map((finding) => [finding.ruleId, finding.fields])).toEqual([
      ['redirect-uris-not-strings', ['redirect_uris[0]']],
      ['redirect-uri-fragment', ['redirect_uris[1]']],
    ]);
  });

  it('does not share arrays with the input', () => {
    const input = { redirect_uris: ['https://app.example.com/cb'] };
    analyze(input).normalized.redirect_uris?.push('https://evil.example/cb');
    expect(input.redirect_uris).toEqual(['https://app.example.com/cb']);
  });

  it('treats null as an absent field', () => {
    const result = analyze({ client_name: 'Acme', redirect_uris: ['https://app.example.com/cb'], logo_uri: null, grant_types: null });
    expect(result.errors).toEqual([]);
    expect(result.normalized).not.toHaveProperty('logo_uri');
  });
});

describe('type errors', () => {
  it('report the type problem alone, not what follows from the dropped value', () => {
    const result = analyze({ client_name: 'Acme', redirect_uris: 'https://app.example.com/cb#x' });
    expect(ids(result.errors)).toEqual(['redirect-uris-not-strings']);
    expect(result.errors[0]?.fields).toEqual(['redirect_uris']);
    expect(result.errors[0]?.oauthError).toBe('invalid_redirect_uri');
  });

  it('do not hide findings about other fields', () => {
    const result = analyze({ client_name: 'Acme', redirect_uris: [5], token_endpoint_auth_method: 'client_secret_post' });
    expect(ids(result.errors)).toEqual(['redirect-uris-not-strings']);
    expect(ids(result.warnings)).toEqual(['client-secret-post']);
  });

  it('describe what was expected', () => {
    const messages = analyze({ redirect_uris: ['https://app.example.com/cb'], grant_types: 'implicit', require_auth_time: 1, jwks: { keys: 'x' } }).errors.map((finding) => finding.message);
    expect(messages).toEqual([
      'grant_types must be an array of strings.',
      'require_auth_time must be true or false.',
      'jwks.keys must be an array.',
    ]);
  });

  it('reject documents that are not objects, and nothing else', () => {
    for (const value of [undefined, null, 0, 'x', true, [], [{}]]) {
      const result = analyze(value);
      expect(ids(allFindings(result))).toEqual(['metadata-not-object']);
    }
  });
});

describe('analyze is total', () => {
  it('survives cyclic objects', () => {
    const cyclic: Record<string, unknown> = { client_name: 'Acme' };
    cyclic.self = cyclic;
    cyclic.jwks = { keys: [cyclic] };
    expect(() => analyze(cyclic)).not.toThrow();
  });

  it('survives throwing getters and revoked proxies', () => {
    const hostile = Object.defineProperty({}, 'client_name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(ids(analyze(hostile).errors)).toEqual(['metadata-not-object']);
    expect(ids(analyze(proxy).errors)).toEqual(['metadata-not-object']);
  });

  it('ignores inherited and prototype keys', () => {
    const input = JSON.parse('{"__proto__": {"redirect_uris": ["javascript:alert(1)"]}, "client_name": "Acme", "redirect_uris": ["https://app.example.com/cb"]}');
    expect(analyze(input).errors).toEqual([]);
    expect(({} as Record<string, unknown>).redirect_uris).toBeUndefined();
  });
});

describe('findings', () => {
  it('are ordered errors, warnings, infos and carry a spec link', () => {
    const result = analyze({ redirect_uris: ['http://app.example.com/cb#x'] });
    expect(ids(result.errors)).toEqual(['redirect-uri-fragment']);
    expect(ids(result.warnings)).toEqual(['redirect-uri-plain-http', 'client-name-missing']);
    expect(ids(result.infos)).toEqual(['pkce-required']);
    expect(result.errors[0]?.spec).toEqual({ clause: 'RFC 6749 §3.1.2', url: 'https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2' });
  });

  it('offer fixes only when the fix cannot be refused', () => {
    const metadata = { client_name: 'Acme', redirect_uris: ['https://app.example.com/cb'], response_types: ['code'], grant_types: ['refresh_token'] };
    const offered = analyze(metadata).errors.find((finding) => finding.ruleId === 'response-type-needs-authorization-code');
    expect(offered?.fix?.label).toBe('Add grant type authorization_code');
    expect(offered?.fix?.apply(metadata)).toMatchObject({ grant_types: ['refresh_token', 'authorization_code'] });
    const refused = buildContext({ policy: { registrant: 'anonymous', limits: { anonymous: { grantTypes: ['refresh_token'] } } } });
    const withheld = analyze(metadata, refused).errors.find((finding) => finding.ruleId === 'response-type-needs-authorization-code');
    expect(withheld).toBeDefined();
    expect(withheld?.fix).toBeUndefined();
  });

  it('map to an RFC 7591 error response, redirect URI problems first', () => {
    const result = analyze({ client_name: 'Acme', redirect_uris: ['https://app.example.com/cb#x'], default_max_age: -1 });
    expect(registrationError(result)).toEqual({
      error: 'invalid_redirect_uri',
      error_description: expect.stringContaining('(and 1 more problem)'),
    });
    expect(registrationError(analyze({ client_name: 'Acme', redirect_uris: ['https://app.example.com/cb'] }))).toBeUndefined();
  });
});

describe('buildContext', () => {
  it('returns the defaults when given nothing', () => {
    expect(buildContext()).toEqual(defaultContext);
  });

  it('replaces the lists and settings it is given and keeps the rest', () => {
    const context = buildContext({ supported: { grantTypes: ['client_credentials'] }, policy: { allowPasswordGrant: true } });
    expect(context.supported.grantTypes).toEqual(['client_credentials']);
    expect(context.supported.subjectTypes).toEqual(defaultContext.supported.subjectTypes);
    expect(context.policy).toEqual({ ...defaultContext.policy, allowPasswordGrant: true });
  });
});
