import type { Metadata } from 'next';
import { AddTrustedIssuerForm } from '@/components/admin/add-trusted-issuer-form';
import { DeveloperSignUpSettingsForm } from '@/components/admin/developer-sign-up-form';
import { RegistrationModeForm } from '@/components/admin/registration-mode-form';
import { RegistrationPolicyForm } from '@/components/admin/registration-policy-form';
import { RotateKeysButton } from '@/components/admin/rotate-keys-button';
import { Section } from '@/components/admin/section';
import { SigningKeysTable } from '@/components/admin/signing-keys-table';
import { TokenLifetimesSettingsForm } from '@/components/admin/token-lifetimes-form';
import { TrustedIssuersList } from '@/components/admin/trusted-issuers-list';
import { PageHeader } from '@/components/console/page-header';
import { requirePageUser } from '@/lib/auth/guard';
import { policyToForm } from '@/lib/console/admin/policy-form';
import { modeInForce } from '@/lib/console/admin/registration-settings';
import { tokenLifetimesToForm } from '@/lib/console/admin/token-lifetimes-form';
import { readConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { listSigningKeys } from '@/lib/keys';
import { loadTokenLifetimes } from '@/lib/oauth/token/lifetime-settings';
import { loadRegistrationPolicy } from '@/lib/registration/settings-store';
import { listTrustedIssuers } from '@/lib/registration/trusted-issuers';
import { loadDeveloperSignUpSettings } from '@/lib/users/sign-up-settings';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePageUser(['admin'], '/console/settings');
  const config = readConfig();
  const db = await getDb();
  const [policy, issuers, keys, signUp, lifetimes] = await Promise.all([
    loadRegistrationPolicy(db),
    listTrustedIssuers(db),
    listSigningKeys(db),
    loadDeveloperSignUpSettings(db),
    loadTokenLifetimes(db),
  ]);
  const mode = modeInForce(policy, config.REGISTRATION_MODE);
  return (
    <>
      <PageHeader title="Settings" description="How this registry accepts registrations and issues tokens." />
      <dl className="mb-8 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium">Issuer</dt>
        <dd>
          <code>{config.APP_URL}</code>
        </dd>
        <dt className="font-medium">Database</dt>
        <dd>{config.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `embedded, in ${config.DATA_DIR}`}</dd>
      </dl>

      <Section
        title="Registration mode"
        description={
          <span data-testid="mode-in-force">
            In force: <code>{mode.mode}</code>
            {mode.source === 'console' ? ' (chosen here, overriding REGISTRATION_MODE)' : ' (from REGISTRATION_MODE)'}.
          </span>
        }
      >
        <RegistrationModeForm current={policy.mode ?? 'env'} envMode={mode.envMode} />
      </Section>

      <Section
        title="Registration policy"
        description="What each kind of registrant may register. The console and POST /oauth/register apply the same policy."
      >
        <RegistrationPolicyForm initial={policyToForm(policy)} />
      </Section>

      <Section title="Developer sign-up" description="Whether people may create their own developer accounts at /signup, and whether their new clients wait for an admin.">
        <DeveloperSignUpSettingsForm initial={{ mode: signUp.mode, domains: signUp.domains.join('\n'), requireApproval: signUp.requireApproval }} />
      </Section>

      <Section title="Trusted software statement issuers" description="Publishers whose signed software statements (RFC 7591 §2.3) registrations may carry.">
        <TrustedIssuersList issuers={issuers} />
        <AddTrustedIssuerForm />
      </Section>

      <Section
        title="Token lifetimes"
        description="How long new tokens stay valid. A client's own access token lifetime takes precedence over the default here; tokens already issued keep their expiry."
      >
        <TokenLifetimesSettingsForm initial={tokenLifetimesToForm(lifetimes)} />
      </Section>

      <Section
        title="Signing keys"
        description="Rotation publishes new keys at once and signs with them later; the old keys stay published until the tokens they signed expire."
      >
        <SigningKeysTable keys={keys} />
        <RotateKeysButton />
      </Section>
    </>
  );
}
