import { z } from 'zod';
import { splitList } from '@/lib/console/admin/form-fields';

// Shared by the form and the server action, which validates again: it never trusts the browser.
export const developerSignUpFormSchema = z
  .object({
    mode: z.enum(['off', 'open', 'domains']),
    domains: z
      .string()
      .max(10_000)
      .transform((text) => splitList(text).map((entry) => entry.replace(/^@/, ''))),
    requireApproval: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.mode !== 'domains') return;
    if (value.domains.length === 0) ctx.addIssue({ code: 'custom', path: ['domains'], message: 'List at least one domain' });
    const bad = value.domains.find((domain) => !/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(domain));
    if (bad) ctx.addIssue({ code: 'custom', path: ['domains'], message: `${bad} is not a domain (use example.com)` });
  });

export type DeveloperSignUpForm = z.input<typeof developerSignUpFormSchema>;
export type DeveloperSignUpFormOutput = z.output<typeof developerSignUpFormSchema>;
