import type { Db } from '../../lib/db/client';
import { isSigningAlg, listSigningKeys, rotateSigningKeys, signingAlgs, type SigningKeySummary } from '../../lib/keys';
import { serverSecretBox } from '../../lib/crypto/server-secret';
import { longestSignedTokenLifetimeSeconds } from '../../lib/oauth/token/lifetime-settings';
import { parseIntegerOption, report, UsageError, type CliIo } from '../io';

const iso = (date: Date | null) => date?.toISOString() ?? null;

function keyJson(key: SigningKeySummary) {
  return {
    kid: key.kid,
    alg: key.alg,
    state: key.state,
    created_at: iso(key.createdAt),
    activates_at: iso(key.activatesAt),
    retired_at: iso(key.retiredAt),
    unpublish_at: iso(key.unpublishAt),
  };
}

function keyLine(key: SigningKeySummary): string {
  const dates = [`activates ${iso(key.activatesAt)}`];
  if (key.retiredAt) dates.push(`retires ${iso(key.retiredAt)}`);
  if (key.unpublishAt) dates.push(`unpublished ${iso(key.unpublishAt)}`);
  return `${key.alg}\t${key.state}\t${key.kid}\t${dates.join(', ')}`;
}

export async function keysList(db: Db, _options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const keys = await listSigningKeys(db);
  report(io, json, { keys: keys.map(keyJson) }, keys.length ? keys.map(keyLine) : ['no signing keys yet: the server creates them at start']);
}

export async function keysRotate(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const alg = options.alg;
  if (alg !== undefined && !isSigningAlg(alg)) throw new UsageError(`--alg must be one of ${signingAlgs.join(', ')}`);
  // parseArgs gives boolean flags as `true`; the shared option table types every value as a string.
  const immediate = options.immediate !== undefined;
  const publishLeadSeconds = parseIntegerOption('publish-lead', options['publish-lead']);
  if (immediate && publishLeadSeconds !== undefined) throw new UsageError('--publish-lead does not apply to an --immediate rotation');
  // By default the old key stays published as long as any token it signed can live (the token
  // lifetimes set in the console and the per-client bound); --max-token-lifetime overrides it.
  const maxTokenLifetimeSeconds =
    parseIntegerOption('max-token-lifetime', options['max-token-lifetime']) ?? (await longestSignedTokenLifetimeSeconds(db));
  const box = serverSecretBox('signing-key');
  const { rotated, purged } = await rotateSigningKeys(db, box, {
    alg,
    immediate,
    publishLeadSeconds,
    maxTokenLifetimeSeconds,
    actor: { type: 'system', label: 'cli' },
  });
  const readable = rotated.flatMap((key) => [
    `${key.alg}: new key ${key.kid} signs from ${iso(key.activatesAt)}`,
    ...key.replaced.map((old) => `  ${old.kid} stops signing ${iso(old.retiredAt)} and leaves the JWKS ${iso(old.unpublishAt)}`),
  ]);
  if (purged > 0) readable.push(`deleted ${purged} key(s) unpublished more than a day ago`);
  report(
    io,
    json,
    {
      rotated: rotated.map((key) => ({
        alg: key.alg,
        kid: key.kid,
        activates_at: iso(key.activatesAt),
        replaced: key.replaced.map((old) => ({ kid: old.kid, retired_at: iso(old.retiredAt), unpublish_at: iso(old.unpublishAt) })),
      })),
      purged,
    },
    readable,
  );
}
