'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { ActionError, guardedAction } from '@/lib/auth/action';
import { adminActor } from '@/lib/console/admin/actor';
import { policyFormSchema, policyFromForm } from '@/lib/console/admin/policy-form';
import { modeChoiceSchema, PolicySettingsError, setRegistrationMode, updateRegistrationPolicy } from '@/lib/console/admin/registration-settings';
import { tokenLifetimesFormSchema } from '@/lib/console/admin/token-lifetimes-form';
import { toTrustedIssuerInput, trustedIssuerFormSchema } from '@/lib/console/admin/trusted-issuer-form';
import { serverSecretBox } from '@/lib/crypto/server-secret';
import { rotateSigningKeys } from '@/lib/keys';
import { longestSignedTokenLifetimeSeconds, saveTokenLifetimes } from '@/lib/oauth/token/lifetime-settings';
import { developerSignUpFormSchema } from '@/components/admin/developer-sign-up-schema';
import { saveDeveloperSignUpSettings } from '@/lib/users/sign-up-settings';
import { addTrustedIssuer, removeTrustedIssuer, TrustedIssuerError } from '@/lib/registration/trusted-issuers';

const PATH = '/console/settings';

export const setRegistrationModeAction = guardedAction({ roles: ['admin'], schema: modeChoiceSchema, expected: [PolicySettingsError] }, async ({ mode }, { db, user }) => {
  const saved = await setRegistrationMode(db, mode, adminActor(user));
  revalidatePath(PATH);
  return { mode: saved.mode ?? null };
});

export const saveRegistrationPolicyAction = guardedAction(
  { roles: ['admin'], schema: policyFormSchema, expected: [PolicySettingsError] },
  async (input, { db, user }) => {
    await updateRegistrationPolicy(db, (current) => policyFromForm(input, current), adminActor(user));
    revalidatePath(PATH);
    return null;
  },
);

export const addTrustedIssuerAction = guardedAction(
  { roles: ['admin'], schema: trustedIssuerFormSchema, expected: [TrustedIssuerError] },
  async (input, { db, user }) => {
    const created = await addTrustedIssuer(db, toTrustedIssuerInput(input), adminActor(user));
    revalidatePath(PATH);
    return { id: created.id, issuer: created.issuer };
  },
);

export const removeTrustedIssuerAction = guardedAction({ roles: ['admin'], schema: z.object({ id: z.uuid() }) }, async ({ id }, { db, user }) => {
  if (!(await removeTrustedIssuer(db, id, adminActor(user)))) throw new ActionError('This publisher was already removed.');
  revalidatePath(PATH);
  return { id };
});

export const rotateSigningKeysAction = guardedAction({ roles: ['admin'], schema: z.object({}) }, async (_input, { db, user }) => {
  // The old key stays published as long as any token it signed can live.
  const maxTokenLifetimeSeconds = await longestSignedTokenLifetimeSeconds(db);
  const result = await rotateSigningKeys(db, serverSecretBox('signing-key'), { maxTokenLifetimeSeconds, actor: adminActor(user) });
  revalidatePath(PATH);
  return { rotated: result.rotated.map((key) => ({ alg: key.alg, kid: key.kid, activatesAt: key.activatesAt.toISOString() })) };
});

export const saveDeveloperSignUpAction = guardedAction({ roles: ['admin'], schema: developerSignUpFormSchema }, async (input, { db, user }) => {
  const saved = await saveDeveloperSignUpSettings(db, input, adminActor(user));
  revalidatePath(PATH);
  return saved;
});

export const saveTokenLifetimesAction = guardedAction({ roles: ['admin'], schema: tokenLifetimesFormSchema }, async (input, { db, user }) => {
  const saved = await saveTokenLifetimes(db, input, adminActor(user));
  revalidatePath(PATH);
  return saved;
});
