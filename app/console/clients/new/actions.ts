'use server';

import * as z from 'zod';
import { guardedAction } from '@/lib/auth/action';
import { plainFinding, type CreateClientOutcome } from '@/lib/console/new-client/outcome';
import { registrationRefusal } from '@/lib/console/registration-refusal';
import { clientInformation } from '@/lib/registration/client-information';
import { registrationRuntime } from '@/lib/registration/runtime-deps';
import { registerClient } from '@/lib/registration/service';

// The metadata is judged by the registration service itself, exactly as the API would judge it.
const input = z.object({ metadata: z.record(z.string(), z.unknown()) });

export const createClientAction = guardedAction({ roles: ['admin', 'developer'], schema: input }, async ({ metadata }, { user }): Promise<CreateClientOutcome> => {
  if (user.role !== 'admin' && user.role !== 'developer') throw new Error('unexpected role');
  const runtime = await registrationRuntime();
  try {
    const issued = await registerClient(runtime, { kind: user.role, userId: user.id, email: user.email }, metadata);
    const body = clientInformation(issued.client, runtime.issuer, issued);
    return {
      status: 'created',
      clientId: issued.client.clientId,
      clientName: issued.client.clientName,
      clientSecret: issued.clientSecret,
      clientSecretExpiresAt: typeof body.client_secret_expires_at === 'number' ? body.client_secret_expires_at : null,
      registrationAccessToken: issued.registrationAccessToken,
      registrationClientUri: String(body.registration_client_uri),
      warnings: issued.warnings.map(plainFinding),
    };
  } catch (error) {
    // Refusals (rulebook, software statement, unreachable jwks_uri, client cap) are answers, not failures.
    const refusal = registrationRefusal(error);
    if (refusal) return refusal;
    throw error;
  }
});
