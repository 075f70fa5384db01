import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config';
import type { Db } from '../db/client';

const SETTING_KEY = 'generated_auth_secret';

/**
 * AUTH_SECRET signs sessions. Without one, a random secret is generated once and kept in the
 * database, so every instance sharing the database agrees and sessions survive restarts.
 */
export async function resolveAuthSecret(db: Db, config: AppConfig, log: (line: string) => void): Promise<string> {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  const candidate = randomBytes(32).toString('base64url');
  await db.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value: candidate }, update: {} });
  const stored = await db.setting.findUniqueOrThrow({ where: { key: SETTING_KEY } });
  log('AUTH_SECRET is not set: using a generated secret kept in the database (set AUTH_SECRET in production)');
  return String(stored.value);
}
