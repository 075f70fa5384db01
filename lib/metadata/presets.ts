import { DEVICE_CODE_GRANT } from './capabilities';
import type { ClientMetadata } from './schema';

export type PresetId = 'web-app' | 'single-page-app' | 'native-app' | 'machine-to-machine' | 'device';

export interface Preset {
  readonly id: PresetId;
  readonly label: string;
  readonly description: string;
  /** Redirect URI used when none is given; absent for clients that never redirect. */
  readonly sampleRedirectUri?: string;
  /** A starting registration; pass the client's own redirect URI where the preset needs one. */
  metadata(redirectUri?: string): ClientMetadata;
}

interface PresetDefinition extends Omit<Preset, 'metadata'> {
  build(redirectUri: string | undefined): ClientMetadata;
}

function definePreset({ build, ...preset }: PresetDefinition): Preset {
  return { ...preset, metadata: (redirectUri) => build(redirectUri ?? preset.sampleRedirectUri) };
}

const redirectList = (redirectUri: string | undefined) => (redirectUri === undefined ? [] : [redirectUri]);

export const presets: readonly Preset[] = [
  definePreset({
    id: 'web-app',
    label: 'Web application with a server',
    description:
      'Server-rendered or backend-for-frontend apps. The server keeps a client secret, exchanges the code ' +
      'and refreshes tokens without the user.',
    sampleRedirectUri: 'https://app.example.com/auth/callback',
    build: (redirectUri) => ({
      client_name: 'Web application',
      application_type: 'web',
      redirect_uris: redirectList(redirectUri),
      response_types: ['code'],
      grant_types: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: 'client_secret_basic',
      scope: 'openid profile email offline_access',
    }),
  }),
  definePreset({
    id: 'single-page-app',
    label: 'Single-page app',
    description:
      'JavaScript apps running entirely in the browser. They cannot hide a secret, so they are public clients ' +
      'and prove possession of the code with PKCE.',
    sampleRedirectUri: 'https://spa.example.com/callback',
    build: (redirectUri) => ({
      client_name: 'Single-page app',
      application_type: 'web',
      redirect_uris: redirectList(redirectUri),
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'none',
      scope: 'openid profile email',
    }),
  }),
  definePreset({
    id: 'native-app',
    label: 'Native or mobile app',
    description:
      'iOS, Android and desktop apps. They sign users in through the system browser, come back on a private-use ' +
      'scheme and use PKCE instead of a secret.',
    sampleRedirectUri: 'com.example.app:/oauth2redirect',
    build: (redirectUri) => ({
      client_name: 'Native app',
      application_type: 'native',
      redirect_uris: redirectList(redirectUri),
      response_types: ['code'],
      grant_types: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: 'none',
      scope: 'openid profile offline_access',
    }),
  }),
  definePreset({
    id: 'machine-to-machine',
    label: 'Machine-to-machine',
    description: 'Services, daemons and scheduled jobs acting on their own behalf, with no user and no browser.',
    build: () => ({
      client_name: 'Backend service',
      application_type: 'web',
      response_types: [],
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_basic',
    }),
  }),
  definePreset({
    id: 'device',
    label: 'Device, TV or command line',
    description:
      'Devices without a convenient browser or keyboard. The user approves on a phone or computer while the ' +
      'device polls for tokens.',
    build: () => ({
      client_name: 'Device app',
      application_type: 'native',
      response_types: [],
      grant_types: [DEVICE_CODE_GRANT, 'refresh_token'],
      token_endpoint_auth_method: 'none',
      scope: 'openid profile offline_access',
    }),
  }),
];
