import type { TokenRuntime } from '../token/runtime';

/** Logout reads clients and the server's published keys, nothing else of the token runtime. */
export type LogoutRuntime = Pick<TokenRuntime, 'db' | 'issuer'>;
