import type { Db } from '../../lib/db/client';
import { createInitialAccessToken } from '../../lib/registration/initial-access-tokens';
import { parseIntegerOption, report, type CliIo } from '../io';

export async function initialAccessTokenCreate(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const issued = await createInitialAccessToken(
    db,
    {
      expiresInSeconds: parseIntegerOption('expires-in', options['expires-in']),
      maxUses: parseIntegerOption('max-uses', options['max-uses']),
      description: options.description,
    },
    { type: 'system', label: 'cli' },
  );
  report(
    io,
    json,
    { id: issued.id, token: issued.token, expires_at: issued.expiresAt?.toISOString() ?? null, max_uses: issued.maxUses },
    [
      issued.token,
      `id ${issued.id}; expires ${issued.expiresAt?.toISOString() ?? 'never'}; uses ${issued.maxUses ?? 'unlimited'}`,
      'This token is shown once: only its hash is stored.',
    ],
  );
}
