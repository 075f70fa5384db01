import { OAuthError } from '../oauth/errors';
import { RegistrationRejected } from '../registration/service';
import { plainFinding, type RegistrationRefusal } from './new-client/outcome';

/**
 * A refusal from the registration service (rulebook, software statement, unreachable jwks_uri,
 * client cap) as the console shows it; null for anything that is a failure rather than an answer.
 */
export function registrationRefusal(error: unknown): RegistrationRefusal | null {
  if (!(error instanceof OAuthError)) return null;
  const findings = error instanceof RegistrationRejected ? error.findings.map(plainFinding) : [];
  return { status: 'rejected', error: error.error, description: error.description, findings };
}
