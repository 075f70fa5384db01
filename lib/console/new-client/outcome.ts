import type { Finding, MetadataDraft } from '@/lib/metadata';

/** A finding as it crosses from server to browser: fixes are functions and stay behind. */
export type PlainFinding = Omit<Finding, 'fix'>;

export function plainFinding({ ruleId, severity, fields, message, spec, oauthError }: Finding): PlainFinding {
  return { ruleId, severity, fields: [...fields], message, spec: { ...spec }, oauthError };
}

export interface IssuedCredentials {
  status: 'created';
  clientId: string;
  clientName: string | null;
  /** Shown once: only a hash (or sealed copy) is kept. */
  clientSecret: string | null;
  /** Unix seconds; 0 when the secret never expires, null when there is no secret. */
  clientSecretExpiresAt: number | null;
  registrationAccessToken: string | null;
  registrationClientUri: string;
  warnings: PlainFinding[];
}

export interface RegistrationRefusal {
  status: 'rejected';
  error: string;
  description: string;
  findings: PlainFinding[];
}

export type CreateClientOutcome = IssuedCredentials | RegistrationRefusal;

/** An edit the server accepted. The metadata is what it stored, defaults applied. */
export interface SavedClient {
  status: 'saved';
  version: number;
  metadata: MetadataDraft;
  /** Set only when the change needs a secret the client did not have: shown once. */
  clientSecret: string | null;
  clientSecretExpiresAt: number | null;
  warnings: PlainFinding[];
}

/** Someone saved the client after the editor loaded it: their version, for the editor to decide. */
export interface EditConflict {
  status: 'conflict';
  version: number;
  metadata: MetadataDraft;
  changedBy: string | null;
  changedAt: string | null;
}

export type SaveClientOutcome = SavedClient | RegistrationRefusal | EditConflict;
