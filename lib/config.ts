import { z } from 'zod';

/** Environment variables are the public contract (see README "Configuration"); read them only here. */
const registrationModes = ['open', 'initial-access-token', 'disabled'] as const;
export type RegistrationMode = (typeof registrationModes)[number];

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1).default('./.data'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional().or(z.literal('').transform(() => undefined)),
  ADMIN_EMAIL: z.email().optional().or(z.literal('').transform(() => undefined)),
  ADMIN_PASSWORD: z.string().optional(),
  REGISTRATION_MODE: z.enum(registrationModes).default('initial-access-token'),
  /** Development only: lets jwks_uri and sector_identifier_uri use http and private addresses. */
  ALLOW_INSECURE_METADATA_FETCH: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
});

export type AppConfig = Omit<z.infer<typeof envSchema>, 'APP_URL'> & { APP_URL: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  const appUrl = (config.APP_URL ?? `http://localhost:${config.PORT || 3000}`).replace(/\/+$/, '');
  return { ...config, APP_URL: appUrl };
}
