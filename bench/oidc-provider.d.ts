// oidc-provider ships no type declarations and its DefinitelyTyped package is not a dependency of
// this project: these are only the pieces the benchmark's reference server uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ProviderConfiguration {
    [key: string]: unknown;
  }

  /** Error classes whose instances the provider renders as OAuth error responses. */
  export const errors: { InvalidTarget: new (description?: string) => Error };

  export default class Provider {
    constructor(issuer: string, configuration?: ProviderConfiguration);
    /** The Node request listener of the provider's Koa application. */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
