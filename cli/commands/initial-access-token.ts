import type { Db } from '../../lib/db/client';
import { createInitialAccessToken, listInitialAccessTokens, revokeInitialAccessToken } from '../../lib/registration/initial-access-tokens';
import { parseIntegerOption, report, requireOption, UsageError, type CliIo } from '../io';

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

export async function initialAccessTokenList(db: Db, _options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const tokens = await listInitialAccessTokens(db);
  const view = tokens.map((token) => ({
    id: token.id,
    description: token.description,
    uses: token.uses,
    max_uses: token.maxUses,
    expires_at: token.expiresAt?.toISOString() ?? null,
    revoked: token.revokedAt !== null,
  }));
  report(io, json, { tokens: view }, view.length ? view.map((t) => `${t.id}\tuses ${t.uses}/${t.max_uses ?? '∞'}\t${t.revoked ? 'revoked' : `expires ${t.expires_at ?? 'never'}`}`) : ['no initial access tokens']);
}

export async function initialAccessTokenRevoke(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const id = requireOption('id', options.id);
  if (!(await revokeInitialAccessToken(db, id, { type: 'system', label: 'cli' }))) throw new UsageError(`no active initial access token ${id}`);
  report(io, json, { revoked: id }, [`revoked ${id}`]);
}
