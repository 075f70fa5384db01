import type { Finding } from '@/lib/metadata';

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
