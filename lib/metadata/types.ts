/** Error codes a registration endpoint returns for rejected metadata (RFC 7591 §3.2.2). */
export type OAuthErrorCode = 'invalid_redirect_uri' | 'invalid_client_metadata';

/** error blocks registration, warning advises, info teaches. */
export type Severity = 'error' | 'warning' | 'info';

export interface SpecRef {
  readonly clause: string;
  readonly url: string;
}

/**
 * Metadata as a client or the console holds it: any JSON object. Fixes take and return this shape
 * so they keep fields the rulebook does not know about.
 */
export type MetadataDraft = Record<string, unknown>;

export interface FindingFix {
  readonly label: string;
  apply(metadata: MetadataDraft): MetadataDraft;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Paths into the submitted metadata, such as `redirect_uris[1]` or `jwks.keys[0].d`. */
  readonly fields: string[];
  readonly message: string;
  readonly spec: SpecRef;
  readonly oauthError: OAuthErrorCode;
  readonly fix?: FindingFix;
}
