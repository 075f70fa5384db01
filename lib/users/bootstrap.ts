import type { AppConfig } from '../config';
import type { Db } from '../db/client';
import { createFirstAdmin } from './service';

/** Creates the admin named by ADMIN_EMAIL / ADMIN_PASSWORD when the registry has no admin yet. */
export async function bootstrapAdminFromEnv(db: Db, config: AppConfig, log: (line: string) => void): Promise<void> {
  if (!config.ADMIN_EMAIL || !config.ADMIN_PASSWORD) return;
  const admin = await createFirstAdmin(db, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
  if (admin) log(`created the first admin ${admin.email} from ADMIN_EMAIL`);
}
