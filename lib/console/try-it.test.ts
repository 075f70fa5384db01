import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEVICE_CODE_GRANT, shellQuote, strictEncode, tryItCommands, type TryItClient } from './try-it';

const issuer = 'https://id.example.com';
const base: TryItClient = {
  clientId: 'abc123',
  tokenEndpointAuthMethod: 'client_secret_basic',
  grantTypes: ['client_credentials'],
  redirectUris: [],
  scope: 'read write',
};

const codeOf = (client: TryItClient, flow: string, index = 0) => {
  const section = tryItCommands(client, issuer).find((candidate) => candidate.flow === flow);
  if (!section) throw new Error(`no ${flow} section`);
  return section.blocks[index]!.code;
};

/** Runs a script in a real bash, without a profile, and returns what it printed. */
const bash = (script: string) => execFileSync('bash', ['--noprofile', '--norc', '-c', script], { encoding: 'utf8' });

describe('tryItCommands', () => {
  it('sets CLIENT_ID and prompts for the secret instead of printing one', () => {
    const setup = codeOf(base, 'setup');
    expect(setup).toContain('export CLIENT_ID=abc123');
    expect(setup).toContain('read -rs');
    expect(codeOf({ ...base, tokenEndpointAuthMethod: 'private_key_jwt' }, 'setup')).not.toContain('CLIENT_SECRET');
  });

  it('authenticates client_credentials with basic, post and a JWT assertion', () => {
    const basic = codeOf(base, 'client_credentials');
    expect(basic).toContain(`curl -sS -X POST ${issuer}/oauth/token`);
    expect(basic).toContain('-u "$CLIENT_ID:$CLIENT_SECRET"');
    expect(basic).toContain('-d grant_type=client_credentials');
    expect(basic).toContain(`--data-urlencode 'scope=read write'`);

    const post = codeOf({ ...base, tokenEndpointAuthMethod: 'client_secret_post' }, 'client_credentials');
    expect(post).toContain('--data-urlencode "client_secret=$CLIENT_SECRET"');
    expect(post).not.toContain('-u ');

    const jwt = { ...base, tokenEndpointAuthMethod: 'private_key_jwt', signingAlg: 'ES256' };
    expect(codeOf(jwt, 'client_credentials')).toContain('client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    const setup = tryItCommands(jwt, issuer)[0]!;
    const claims = JSON.parse(setup.blocks[1]!.code) as Record<string, string>;
    expect(claims).toMatchObject({ iss: 'abc123', sub: 'abc123', aud: `${issuer}/oauth/token` });
    expect(setup.blocks[1]!.note).toContain('ES256');
    expect(tryItCommands({ ...base, tokenEndpointAuthMethod: 'client_secret_jwt' }, issuer)[0]!.blocks[1]!.note).toContain('HS256 using the client secret');
  });

  it('never offers client_credentials to a public client', () => {
    expect(tryItCommands({ ...base, tokenEndpointAuthMethod: 'none' }, issuer)).toEqual([]);
  });

  it('builds an authorization URL with PKCE, state and a nonce for openid', () => {
    const client: TryItClient = {
      ...base,
      tokenEndpointAuthMethod: 'none',
      grantTypes: ['authorization_code'],
      redirectUris: ['https://app.example.com/cb?x=1', 'https://other.example.com/cb'],
      scope: 'openid profile',
    };
    expect(codeOf(client, 'authorization_code')).toContain('CODE_CHALLENGE=$(');
    const url = codeOf(client, 'authorization_code', 1);
    expect(url).toContain(`${issuer}/oauth/authorize?response_type=code&client_id=abc123`);
    expect(url).toContain(`redirect_uri=${encodeURIComponent('https://app.example.com/cb?x=1')}`);
    expect(url).toContain('scope=openid%20profile&state=$STATE&nonce=$NONCE&code_challenge=$CODE_CHALLENGE&code_challenge_method=S256');
    const redeem = codeOf(client, 'authorization_code', 2);
    expect(redeem).toContain('-d grant_type=authorization_code');
    expect(redeem).toContain(`--data-urlencode 'redirect_uri=https://app.example.com/cb?x=1'`);
    expect(redeem).toContain('"code_verifier=$CODE_VERIFIER"');

    expect(codeOf({ ...client, scope: 'profile' }, 'authorization_code', 1)).not.toContain('nonce');
  });

  it('makes PKCE values a real bash and openssl accept', () => {
    const pkce = codeOf({ ...base, grantTypes: ['authorization_code'], redirectUris: ['https://a.example/cb'] }, 'authorization_code');
    const out = bash(`${pkce}\necho "$CODE_VERIFIER $CODE_CHALLENGE $STATE"`).trim().split(' ');
    expect(out[0]).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(out[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(out[2]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('starts and polls the device flow', () => {
    const client = { ...base, grantTypes: [DEVICE_CODE_GRANT] };
    expect(codeOf(client, 'device_code')).toContain(`${issuer}/oauth/device_authorization`);
    const poll = codeOf(client, 'device_code', 1);
    expect(poll).toContain(`-d grant_type=${DEVICE_CODE_GRANT}`);
    expect(poll).toContain('"device_code=$DEVICE_CODE"');
  });

  it('keeps odd client ids, scopes and redirect URIs one shell word each', () => {
    const odd = `it's "$(rm -rf ~)" \`x\` !x; a&b`;
    const client: TryItClient = { ...base, clientId: odd, grantTypes: ['authorization_code', 'client_credentials'], redirectUris: [`https://a.example/cb?q=${odd}`], scope: odd };
    const [setup] = tryItCommands(client, issuer);
    expect(bash(`${setup!.blocks[0]!.code.split('\n')[0]}; printf %s "$CLIENT_ID"`)).toBe(odd);
    const url = bash(`STATE=s; CODE_CHALLENGE=c; ${codeOf(client, 'authorization_code', 1)}`).trim();
    const params = new URL(url).searchParams;
    expect(params.get('client_id')).toBe(odd);
    expect(params.get('scope')).toBe(odd);
    expect(params.get('redirect_uri')).toBe(`https://a.example/cb?q=${odd}`);
    expect(params.get('state')).toBe('s');
  });
});

describe('shell helpers', () => {
  it('quotes only what needs quoting', () => {
    expect(shellQuote('abc-123_x')).toBe('abc-123_x');
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    expect(strictEncode("a!'()*b")).toBe('a%21%27%28%29%2Ab');
  });
});
