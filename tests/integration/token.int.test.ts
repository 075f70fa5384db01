import fc from 'fast-check';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicJwks } from '@/lib/keys';
import { handleIntrospection } from '@/lib/oauth/token/introspection-endpoint';
import { handleRevocation } from '@/lib/oauth/token/revocation-endpoint';
import type { TokenRuntime } from '@/lib/oauth/token/runtime';
import { handleToken } from '@/lib/oauth/token/token-endpoint';
import { deleteClient, registerClient } from '@/lib/registration/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { ISSUER, testRuntime, testTokenRuntime } from './support/registration-runtime';
import { basicAuthorization } from '../support/basic-authorization';

const targets = await databaseTargets();
const admin = { kind: 'admin', userId: null, email: 'test' } as const;


function post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${ISSUER}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json().catch(() => ({}))) as Record<string, unknown>;
}

describe.each(targets)('token endpoint on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let runtime: TokenRuntime;
  let machine: { id: string; secret: string };
  let other: { id: string; secret: string };

  async function register(metadata: Record<string, unknown>) {
    const issued = await registerClient(testRuntime(fixture().db), admin, metadata);
    return { id: issued.client.clientId, secret: issued.clientSecret ?? '' };
  }

  const token = (form: Record<string, string>, client = machine) =>
    handleToken(runtime, post('/oauth/token', form, { authorization: basicAuthorization(client.id, client.secret) }));

  beforeAll(async () => {
    const { db } = fixture();
    runtime = await testTokenRuntime(db);
    const m2m = { client_name: 'Billing job', grant_types: ['client_credentials'], scope: 'billing:read billing:write' };
    machine = await register(m2m);
    other = await register(m2m);
  });

  it('issues an RFC 9068 access token that verifies against the JWKS', async () => {
    const response = await token({ grant_type: 'client_credentials', scope: 'billing:read' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await json(response);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'billing:read' });
    const accessToken = String(body.access_token);
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ typ: 'at+jwt', alg: 'ES256', kid: expect.any(String) });
    const { payload } = await jwtVerify(accessToken, createLocalJWKSet(await publicJwks(fixture().db)), { issuer: ISSUER, typ: 'at+jwt' });
    expect(payload).toMatchObject({ sub: machine.id, client_id: machine.id, aud: ISSUER, scope: 'billing:read', jti: expect.any(String) });
    expect(payload.exp! - payload.iat!).toBe(900);
  });

  it('grants every registered scope when none is asked for, and refuses others', async () => {
    expect((await json(await token({ grant_type: 'client_credentials' }))).scope).toBe('billing:read billing:write');
    const refused = await token({ grant_type: 'client_credentials', scope: 'billing:read admin' });
    expect(refused.status).toBe(400);
    expect((await json(refused)).error).toBe('invalid_scope');
  });

  it('uses a per-client lifetime and a resource indicator as audience', async () => {
    await fixture().db.client.update({ where: { clientId: other.id }, data: { accessTokenLifetimeSeconds: 60 } });
    const body = await json(await token({ grant_type: 'client_credentials', resource: 'https://api.example.com/' }, other));
    expect(body.expires_in).toBe(60);
    const { payload } = await jwtVerify(String(body.access_token), createLocalJWKSet(await publicJwks(fixture().db)));
    expect(payload.aud).toBe('https://api.example.com/');
    const bad = await token({ grant_type: 'client_credentials', resource: 'not a uri' }, other);
    expect((await json(bad)).error).toBe('invalid_target');
  });

  it.each([
    [{}, 400, 'invalid_request'],
    [{ grant_type: 'urn:example:magic' }, 400, 'unsupported_grant_type'],
    [{ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer' }, 400, 'unsupported_grant_type'],
  ])('answers %j with %i %s', async (form, status, error) => {
    const response = await token(form as Record<string, string>);
    expect(response.status).toBe(status);
    expect((await json(response)).error).toBe(error);
  });

  it('refuses a grant the client did not register with unauthorized_client', async () => {
    const web = await register({ client_name: 'Web', redirect_uris: ['https://web.example.com/cb'] });
    const response = await token({ grant_type: 'client_credentials' }, web);
    expect(response.status).toBe(400);
    expect((await json(response)).error).toBe('unauthorized_client');
  });

  it('refuses repeated parameters and a wrong content type with invalid_request', async () => {
    const repeated = await handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(machine.id, machine.secret) },
        body: 'grant_type=client_credentials&scope=billing:read&scope=billing:write',
      }),
    );
    expect((await json(repeated)).error).toBe('invalid_request');
    const jsonBody = await handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"grant_type":"client_credentials"}' }),
    );
    expect(jsonBody.status).toBe(400);
    expect((await json(jsonBody)).error).toBe('invalid_request');
    const get = await handleToken(runtime, new Request(`${ISSUER}/oauth/token?grant_type=client_credentials`));
    expect(get.status).toBe(405);
  });

  it('answers a wrong secret with 401 invalid_client and a Basic challenge', async () => {
    const response = await token({ grant_type: 'client_credentials' }, { id: machine.id, secret: 'wrong' });
    expect(response.status).toBe(401);
    expect((await json(response)).error).toBe('invalid_client');
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('introspects the caller’s own tokens, hides others’, and reports revoked ones inactive', async () => {
    const accessToken = String((await json(await token({ grant_type: 'client_credentials' }))).access_token);
    const introspect = (client: { id: string; secret: string }, value = accessToken) =>
      handleIntrospection(runtime, post('/oauth/introspect', { token: value }, { authorization: basicAuthorization(client.id, client.secret) }));

    const own = await json(await introspect(machine));
    expect(own).toMatchObject({ active: true, client_id: machine.id, sub: machine.id, token_type: 'Bearer', iss: ISSUER });
    expect(await json(await introspect(other))).toEqual({ active: false });
    expect(await json(await introspect(machine, 'not-a-token'))).toEqual({ active: false });

    await fixture().db.client.update({ where: { clientId: other.id }, data: { introspectsAnyToken: true } });
    expect(await json(await introspect(other))).toMatchObject({ active: true, client_id: machine.id });

    const foreignRevoke = await handleRevocation(runtime, post('/oauth/revoke', { token: accessToken }, { authorization: basicAuthorization(other.id, other.secret) }));
    expect(foreignRevoke.status).toBe(400);
    expect((await json(foreignRevoke)).error).toBe('unauthorized_client');

    const revoke = await handleRevocation(runtime, post('/oauth/revoke', { token: accessToken }, { authorization: basicAuthorization(machine.id, machine.secret) }));
    expect(revoke.status).toBe(200);
    expect(await json(await introspect(machine))).toEqual({ active: false });
    // Revoking again, or revoking garbage, is not an error (RFC 7009 §2.2).
    const again = await handleRevocation(runtime, post('/oauth/revoke', { token: accessToken }, { authorization: basicAuthorization(machine.id, machine.secret) }));
    expect(again.status).toBe(200);
    const garbage = await handleRevocation(runtime, post('/oauth/revoke', { token: 'x.y.z' }, { authorization: basicAuthorization(machine.id, machine.secret) }));
    expect(garbage.status).toBe(200);
    const unauthenticated = await handleIntrospection(runtime, post('/oauth/introspect', { token: accessToken }));
    expect(unauthenticated.status).toBe(401);
  });

  it('stops a deleted or disabled client at once: no new tokens, old tokens inactive', async () => {
    const { db } = fixture();
    const doomed = await register({ client_name: 'Doomed', grant_types: ['client_credentials'] });
    const observer = await register({ client_name: 'Resource server', grant_types: ['client_credentials'] });
    await db.client.update({ where: { clientId: observer.id }, data: { introspectsAnyToken: true } });
    const accessToken = String((await json(await token({ grant_type: 'client_credentials' }, doomed))).access_token);
    const introspect = () =>
      handleIntrospection(runtime, post('/oauth/introspect', { token: accessToken }, { authorization: basicAuthorization(observer.id, observer.secret) })).then(json);
    expect((await introspect()).active).toBe(true);

    await db.client.update({ where: { clientId: doomed.id }, data: { status: 'disabled' } });
    expect((await token({ grant_type: 'client_credentials' }, doomed)).status).toBe(401);
    expect((await introspect()).active).toBe(false);

    await db.client.update({ where: { clientId: doomed.id }, data: { status: 'active' } });
    expect((await introspect()).active).toBe(true);
    await deleteClient(db, doomed.id, { type: 'system' });
    const afterDelete = await token({ grant_type: 'client_credentials' }, doomed);
    expect(afterDelete.status).toBe(401);
    expect((await json(afterDelete)).error).toBe('invalid_client');
    expect((await introspect()).active).toBe(false);
  });

  it('never answers malformed requests with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'GET', 'PUT'),
        fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain', ''),
        fc.constantFrom(undefined, basicAuthorization(machine.id, machine.secret), 'Basic !!!', 'Basic ' + Buffer.from('no-colon').toString('base64'), 'Bearer x'),
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.dictionary(fc.constantFrom('grant_type', 'scope', 'client_id', 'client_secret', 'client_assertion', 'client_assertion_type', 'resource', 'token'), fc.string({ maxLength: 80 })).map(
            (form) => new URLSearchParams(form).toString(),
          ),
          fc.constant('%E0%A4%A'),
          fc.constant(`grant_type=client_credentials&scope=${'a'.repeat(70_000)}`),
        ),
        async (method, contentType, authorization, body) => {
          const init = { method, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...(authorization ? { authorization } : {}) } };
          for (const [path, handler] of [['/oauth/token', handleToken], ['/oauth/introspect', handleIntrospection], ['/oauth/revoke', handleRevocation]] as const) {
            const request = new Request(`${ISSUER}${path}`, method === 'GET' ? init : { ...init, body });
            const response = await handler(runtime, request);
            expect(response.status).toBeLessThan(500);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
