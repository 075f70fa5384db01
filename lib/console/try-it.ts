/**
 * Ready-to-run commands for a registered client, so a developer can see each of its flows work
 * before writing any code. Pure: built from the registered metadata and the issuer only. Secrets
 * are never printed; commands read them from shell variables the developer fills in.
 */

export interface TryItClient {
  clientId: string;
  tokenEndpointAuthMethod: string;
  grantTypes: readonly string[];
  redirectUris: readonly string[];
  scope?: string | null;
  /** token_endpoint_auth_signing_alg, for the JWT authentication methods. */
  signingAlg?: string | null;
}

export interface TryItBlock {
  title: string;
  /** Shell commands, or for a JWT assertion the claims to sign. */
  code: string;
  note?: string;
}

export interface TryItSection {
  flow: 'setup' | 'client_credentials' | 'authorization_code' | 'device_code';
  title: string;
  blocks: TryItBlock[];
}

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const JWT_METHODS = ['client_secret_jwt', 'private_key_jwt'];
const SECRET_METHODS = ['client_secret_basic', 'client_secret_post'];

/** One shell word whatever the value holds: single quotes protect everything but a single quote. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:=@%+-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Percent-encoding that also covers !'()*, which encodeURIComponent leaves alone: the URL is
 * echoed inside double quotes, where `!` would start a history expansion in an interactive bash.
 */
export function strictEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A curl POST, one argument per continued line so it reads and edits easily. */
function curl(url: string, args: readonly string[]): string {
  return ['curl -sS -X POST ' + shellQuote(url), ...args].join(' \\\n  ');
}

/** The arguments that authenticate the client, by its registered method. */
function authArgs(method: string): string[] {
  if (method === 'client_secret_basic') return ['-u "$CLIENT_ID:$CLIENT_SECRET"'];
  if (method === 'client_secret_post') return ['--data-urlencode "client_id=$CLIENT_ID"', '--data-urlencode "client_secret=$CLIENT_SECRET"'];
  if (JWT_METHODS.includes(method)) {
    return ['--data-urlencode "client_id=$CLIENT_ID"', `--data-urlencode client_assertion_type=${ASSERTION_TYPE}`, '--data-urlencode "client_assertion=$CLIENT_ASSERTION"'];
  }
  // none: a public client only names itself.
  return ['--data-urlencode "client_id=$CLIENT_ID"'];
}

const scopeArgs = (scope: string | undefined) => (scope ? [`--data-urlencode ${shellQuote(`scope=${scope}`)}`] : []);

function setupSection(client: TryItClient, tokenUrl: string): TryItSection {
  const lines = [`export CLIENT_ID=${shellQuote(client.clientId)}`];
  if (SECRET_METHODS.includes(client.tokenEndpointAuthMethod) || client.tokenEndpointAuthMethod === 'client_secret_jwt') {
    // read keeps the secret out of the shell history and off the screen.
    lines.push(`IFS= read -rs -p 'Client secret: ' CLIENT_SECRET; echo; export CLIENT_SECRET`);
  }
  const blocks: TryItBlock[] = [{ title: 'Set the client variables', code: lines.join('\n'), note: 'Run this first in the shell you will use for the commands below.' }];
  if (JWT_METHODS.includes(client.tokenEndpointAuthMethod)) blocks.push(assertionBlock(client, tokenUrl));
  return { flow: 'setup', title: 'Before you start', blocks };
}

/** The claims of a client assertion (RFC 7523 §3); it must be signed, which curl cannot do. */
function assertionBlock(client: TryItClient, tokenUrl: string): TryItBlock {
  const symmetric = client.tokenEndpointAuthMethod === 'client_secret_jwt';
  const alg = client.signingAlg ?? (symmetric ? 'HS256' : 'RS256');
  const claims = { iss: client.clientId, sub: client.clientId, aud: tokenUrl, jti: '<unique per request>', iat: '<now, seconds>', exp: '<now + 300>' };
  return {
    title: 'Client assertion claims',
    code: JSON.stringify(claims, null, 2),
    note: `Sign these claims as a JWT with ${alg} using ${symmetric ? 'the client secret' : 'a private key whose public key you registered'}, use a new jti each time, and put the result in CLIENT_ASSERTION (export CLIENT_ASSERTION=...).`,
  };
}

function clientCredentialsSection(client: TryItClient, tokenUrl: string): TryItSection {
  const code = curl(tokenUrl, [...authArgs(client.tokenEndpointAuthMethod), '-d grant_type=client_credentials', ...scopeArgs(client.scope ?? undefined)]);
  return { flow: 'client_credentials', title: 'Client credentials', blocks: [{ title: 'Request an access token', code }] };
}

function authorizationCodeSection(client: TryItClient, issuer: string, tokenUrl: string): TryItSection {
  const scope = client.scope ?? undefined;
  const openid = (scope ?? '').split(' ').includes('openid');
  const redirectUri = client.redirectUris[0];
  const pkce = [
    `CODE_VERIFIER=$(openssl rand -base64 48 | tr -d '\\n=' | tr '+/' '-_')`,
    `CODE_CHALLENGE=$(printf '%s' "$CODE_VERIFIER" | openssl dgst -sha256 -binary | openssl base64 -A | tr -d '=' | tr '+/' '-_')`,
    `STATE=$(openssl rand -hex 16)`,
    ...(openid ? ['NONCE=$(openssl rand -hex 16)'] : []),
  ].join('\n');
  const nodePkce = `node -e "const c=require('crypto');const v=c.randomBytes(32).toString('base64url');console.log('CODE_VERIFIER='+v+'\\nCODE_CHALLENGE='+c.createHash('sha256').update(v).digest('base64url'))"`;
  const blocks: TryItBlock[] = [
    { title: 'Create the PKCE verifier and challenge', code: pkce, note: `Without openssl: ${nodePkce}` },
  ];
  if (!redirectUri) {
    blocks.push({ title: 'Authorization URL', code: '# Register a redirect URI first: the authorization request needs one.' });
    return { flow: 'authorization_code', title: 'Authorization code with PKCE', blocks };
  }
  const query = [
    'response_type=code',
    `client_id=${strictEncode(client.clientId)}`,
    `redirect_uri=${strictEncode(redirectUri)}`,
    ...(scope ? [`scope=${strictEncode(scope)}`] : []),
    'state=$STATE',
    ...(openid ? ['nonce=$NONCE'] : []),
    'code_challenge=$CODE_CHALLENGE',
    'code_challenge_method=S256',
  ].join('&');
  blocks.push({
    title: 'Open the authorization URL',
    code: `echo "${issuer}/oauth/authorize?${query}"`,
    note: 'Open the printed URL in a browser and sign in. Check that the state sent back equals $STATE, then copy the code parameter.',
  });
  const redeem = curl(tokenUrl, [
    ...authArgs(client.tokenEndpointAuthMethod),
    '-d grant_type=authorization_code',
    '--data-urlencode "code=$CODE"',
    `--data-urlencode ${shellQuote(`redirect_uri=${redirectUri}`)}`,
    '--data-urlencode "code_verifier=$CODE_VERIFIER"',
  ]);
  blocks.push({ title: 'Redeem the code', code: `read -r -p 'Code: ' CODE\n${redeem}` });
  return { flow: 'authorization_code', title: 'Authorization code with PKCE', blocks };
}

function deviceSection(client: TryItClient, issuer: string, tokenUrl: string): TryItSection {
  const auth = authArgs(client.tokenEndpointAuthMethod);
  const start = curl(`${issuer}/oauth/device_authorization`, [...auth, ...scopeArgs(client.scope ?? undefined)]);
  const poll = curl(tokenUrl, [...auth, `-d grant_type=${DEVICE_CODE_GRANT}`, '--data-urlencode "device_code=$DEVICE_CODE"']);
  return {
    flow: 'device_code',
    title: 'Device authorization',
    blocks: [
      { title: 'Start a device authorization', code: start, note: 'Open verification_uri_complete from the response in a browser; keep device_code.' },
      {
        title: 'Poll for the token',
        code: `read -r -p 'Device code: ' DEVICE_CODE\n${poll}`,
        note: 'Repeat every interval seconds while the answer is authorization_pending.',
      },
    ],
  };
}

/** The sections for every flow the client is registered for, in the order a developer tries them. */
export function tryItCommands(client: TryItClient, issuer: string): TryItSection[] {
  const base = issuer.replace(/\/+$/, '');
  const tokenUrl = `${base}/oauth/token`;
  const sections: TryItSection[] = [];
  const grants = new Set(client.grantTypes);
  if (grants.has('client_credentials') && client.tokenEndpointAuthMethod !== 'none') sections.push(clientCredentialsSection(client, tokenUrl));
  if (grants.has('authorization_code')) sections.push(authorizationCodeSection(client, base, tokenUrl));
  if (grants.has(DEVICE_CODE_GRANT)) sections.push(deviceSection(client, base, tokenUrl));
  if (sections.length === 0) return [];
  return [setupSection(client, tokenUrl), ...sections];
}
