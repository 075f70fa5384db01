import { describe, expect, it } from 'vitest';
import { auditWhere, findAuditEvents, parseAuditFilters } from '@/lib/console/admin/audit-query';
import { createTokenFormSchema, toNewToken } from '@/lib/console/admin/initial-access-tokens';
import { policyFormSchema, policyFromForm, policyToForm } from '@/lib/console/admin/policy-form';
import { setRegistrationMode, updateRegistrationPolicy } from '@/lib/console/admin/registration-settings';
import { changeUserRole, setUserDisabled, type AdminActor } from '@/lib/console/admin/users';
import { defaultRegistrationPolicy } from '@/lib/registration/policy';
import { loadRegistrationPolicy } from '@/lib/registration/settings-store';
import { createUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';

const targets = await databaseTargets();
const cli = { type: 'system', label: 'test' } as const;
let counter = 0;
const email = (prefix: string) => `${prefix}-${++counter}@example.test`;

describe.each(targets)('console administration on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);

  async function newAdmin(): Promise<AdminActor> {
    const user = await createUser(fixture().db, { email: email('admin'), password: 'long enough pw', role: 'admin' }, cli);
    return { type: 'user', id: user.id, label: user.email };
  }

  it('changes roles and disables users, with before and after in the audit log', async () => {
    const { db } = fixture();
    const actor = await newAdmin();
    const dev = await createUser(db, { email: email('dev'), password: 'long enough pw', role: 'developer' }, cli);
    expect((await changeUserRole(db, { userId: dev.id, role: 'user' }, actor)).role).toBe('user');
    expect((await setUserDisabled(db, { userId: dev.id, disabled: true }, actor)).disabled).toBe(true);
    expect((await setUserDisabled(db, { userId: dev.id, disabled: false }, actor)).disabled).toBe(false);
    const events = await db.auditEvent.findMany({ where: { targetId: dev.id, action: { not: 'user.created' } }, orderBy: { at: 'asc' } });
    expect(events.map((event) => [event.action, event.before, event.after, event.actorId])).toEqual([
      ['user.role_changed', { role: 'developer' }, { role: 'user' }, actor.id],
      ['user.disabled', { disabled: false }, { disabled: true }, actor.id],
      ['user.enabled', { disabled: true }, { disabled: false }, actor.id],
    ]);
    // Asking for what is already so records nothing.
    await changeUserRole(db, { userId: dev.id, role: 'user' }, actor);
    expect(await db.auditEvent.count({ where: { targetId: dev.id } })).toBe(4);
  });

  it('refuses to let an admin disable or demote themselves', async () => {
    const { db } = fixture();
    const actor = await newAdmin();
    await newAdmin();
    await expect(setUserDisabled(db, { userId: actor.id, disabled: true }, actor)).rejects.toMatchObject({
      name: 'UserAdminError',
      message: 'You cannot disable your own account.',
    });
    await expect(changeUserRole(db, { userId: actor.id, role: 'developer' }, actor)).rejects.toMatchObject({ name: 'UserAdminError' });
    const self = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(self).toMatchObject({ role: 'admin', disabled: false });
  });

  it('never leaves zero active admins, even when two admins demote each other at once', async () => {
    const { db } = fixture();
    // Only these two are active admins from here on.
    await db.user.updateMany({ where: { role: 'admin' }, data: { disabled: true } });
    const first = await newAdmin();
    const second = await newAdmin();
    const results = await Promise.allSettled([
      changeUserRole(db, { userId: second.id, role: 'developer' }, first),
      changeUserRole(db, { userId: first.id, role: 'developer' }, second),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await db.user.count({ where: { role: 'admin', disabled: false } })).toBe(1);

    // The survivor is now the last one: nobody can demote or disable them, not even a disabled admin's stale session.
    const survivor = results[0]?.status === 'fulfilled' ? first : second;
    const other = survivor === first ? second : first;
    await expect(setUserDisabled(db, { userId: survivor.id, disabled: true }, other)).rejects.toThrow('last active admin');
  });

  it('saves the registration policy from the form and audits the whole policy before and after', async () => {
    const { db } = fixture();
    const actor = await newAdmin();
    const form = policyToForm(defaultRegistrationPolicy);
    form.rotationGraceSeconds = '600';
    form.kinds.developer.grantTypes = ['authorization_code', 'refresh_token'];
    form.kinds.developer.allowedRedirectHosts = 'Example.com\n*.apps.example.com, example.com';
    form.kinds.developer.maxClients = '5';
    const parsed = policyFormSchema.parse(form);
    await updateRegistrationPolicy(db, (current) => policyFromForm(parsed, current), actor);

    const saved = await loadRegistrationPolicy(db);
    expect(saved.rotationGraceSeconds).toBe(600);
    expect(saved.kinds.developer).toMatchObject({
      grantTypes: ['authorization_code', 'refresh_token'],
      allowedRedirectHosts: ['example.com', '*.apps.example.com'],
      maxClients: 5,
    });
    // Every method checked is stored as no limit at all.
    expect(saved.kinds.developer.tokenEndpointAuthMethods).toBeUndefined();
    // Untouched kinds keep what they had: the anonymous default stays an explicit list.
    expect(saved.kinds.anonymous.grantTypes).toEqual(defaultRegistrationPolicy.kinds.anonymous.grantTypes);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'settings.registration_policy_updated' }, orderBy: { at: 'desc' } });
    expect(event.before).toMatchObject({ rotationGraceSeconds: 24 * 3600 });
    expect(event.after).toMatchObject({ rotationGraceSeconds: 600, kinds: { developer: { maxClients: 5 } } });
  });

  it('reports bad policy fields under their paths', () => {
    const form = policyToForm(defaultRegistrationPolicy);
    form.kinds.anonymous.maxClients = 'ten';
    form.kinds.admin.allowedRedirectHosts = 'https://example.com/cb';
    const result = policyFormSchema.safeParse(form);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['kinds.anonymous.maxClients', 'kinds.admin.allowedRedirectHosts']));
  });

  it('switches the registration mode and back to the environment, keeping the policy', async () => {
    const { db } = fixture();
    const actor = await newAdmin();
    await setRegistrationMode(db, 'disabled', actor);
    const disabled = await loadRegistrationPolicy(db);
    expect(disabled.mode).toBe('disabled');
    expect(disabled.rotationGraceSeconds).toBe(600);
    await setRegistrationMode(db, 'env', actor);
    expect((await loadRegistrationPolicy(db)).mode).toBeUndefined();
  });

  it('serialises concurrent policy changes so neither undoes the other, and audits each', async () => {
    const { db } = fixture();
    const actor = await newAdmin();
    const auditsBefore = await db.auditEvent.count({ where: { action: 'settings.registration_policy_updated' } });
    // Each change reads the policy, then writes it whole: without the lock, one would overwrite the other.
    await Promise.all([
      updateRegistrationPolicy(db, (current) => ({ ...current, rotationGraceSeconds: 1234 }), actor),
      updateRegistrationPolicy(db, (current) => ({ ...current, kinds: { ...current.kinds, developer: { ...current.kinds.developer, maxClients: 7 } } }), actor),
      setRegistrationMode(db, 'open', actor),
    ]);
    const stored = await loadRegistrationPolicy(db);
    expect(stored).toMatchObject({ rotationGraceSeconds: 1234, mode: 'open', kinds: { developer: { maxClients: 7 } } });
    expect(await db.auditEvent.count({ where: { action: 'settings.registration_policy_updated' } })).toBe(auditsBefore + 3);
    await setRegistrationMode(db, 'env', actor);
  });

  it('writes neither the policy nor its audit event when the change is invalid', async () => {
    const { db } = fixture();
    const actor = await newAdmin();
    const before = await loadRegistrationPolicy(db);
    const audits = await db.auditEvent.count();
    await expect(updateRegistrationPolicy(db, (current) => ({ ...current, rotationGraceSeconds: -1 }), actor)).rejects.toThrow();
    expect(await loadRegistrationPolicy(db)).toEqual(before);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it('turns the token form into the service input, narrowing only what was filled in', () => {
    const plain = toNewToken(createTokenFormSchema.parse({ expiresIn: '2', expiryUnit: 'days', maxUses: '', description: '', grantTypes: [], redirectHosts: '' }));
    expect(plain).toEqual({ expiresInSeconds: 2 * 24 * 3600, maxUses: undefined, description: undefined, policy: undefined });
    const narrowed = toNewToken(
      createTokenFormSchema.parse({ expiresIn: '', expiryUnit: 'hours', maxUses: '3', description: 'ci', grantTypes: ['client_credentials'], redirectHosts: 'ci.example.com' }),
    );
    expect(narrowed).toEqual({ expiresInSeconds: undefined, maxUses: 3, description: 'ci', policy: { grantTypes: ['client_credentials'], allowedRedirectHosts: ['ci.example.com'] } });
    expect(createTokenFormSchema.safeParse({ expiresIn: '400', expiryUnit: 'days', maxUses: '', description: '', redirectHosts: '' }).success).toBe(false);
  });

  it('filters the audit log by actor, action, target and time, newest first', async () => {
    const { db } = fixture();
    const actor = await newAdmin();
    const dev = await createUser(db, { email: email('audited'), password: 'long enough pw', role: 'developer' }, cli);
    await changeUserRole(db, { userId: dev.id, role: 'user' }, actor);
    await changeUserRole(db, { userId: dev.id, role: 'developer' }, actor);

    const byActorAndTarget = await findAuditEvents(db, parseAuditFilters({ actor: actor.label!.toUpperCase(), target: dev.id }));
    expect(byActorAndTarget.events.map((event) => event.after)).toEqual([{ role: 'developer' }, { role: 'user' }]);
    const byPrefix = await findAuditEvents(db, parseAuditFilters({ action: 'user.', target: dev.id }));
    expect(byPrefix.events.map((event) => event.action)).toEqual(['user.role_changed', 'user.role_changed', 'user.created']);
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
    expect((await findAuditEvents(db, parseAuditFilters({ from: tomorrow }))).events).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await findAuditEvents(db, parseAuditFilters({ to: today, target: dev.id }))).events).toHaveLength(3);
  });

  it('reads search params defensively', () => {
    const filters = parseAuditFilters({ page: '-4', from: 'yesterday', to: ['2025-02-01', 'ignored'] });
    expect(filters.page).toBe(1);
    expect(filters.ignored).toEqual(['from "yesterday"']);
    expect(filters.range.to?.toISOString()).toBe('2025-02-02T00:00:00.000Z');
    expect(auditWhere(parseAuditFilters({}))).toEqual({});
  });
});
