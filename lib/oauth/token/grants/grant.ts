import type { ClientRecordForAuth } from '../../client-auth';
import type { FormParams } from '../../form';
import type { TokenRuntime } from '../runtime';

export interface TokenResponseBody {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope?: string;
  refresh_token?: string;
  id_token?: string;
}

export interface GrantContext {
  runtime: TokenRuntime;
  client: ClientRecordForAuth;
  params: FormParams;
  now: Date;
}

/** One grant type of the token endpoint, in the shape every grant module exports. */
export interface Grant {
  grantType: string;
  /** Parameters the request must carry besides grant_type and client authentication. */
  parameters: readonly string[];
  handler(context: GrantContext): Promise<TokenResponseBody>;
}
