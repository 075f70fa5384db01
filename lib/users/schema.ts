import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 8;

export const roles = ['admin', 'developer', 'user'] as const;
export type Role = (typeof roles)[number];

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address').max(254, 'Email is too long'));

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, 'Use at most 1024 characters');

export const newUserSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  role: z.enum(roles, { error: 'Role must be admin, developer or user' }),
  name: z.string().trim().max(200).optional(),
});

export type NewUser = z.infer<typeof newUserSchema>;
