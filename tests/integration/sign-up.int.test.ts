import { describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/client';
import type { PublicUser } from '@/lib/users/service';
import { mayChangeStatus } from '@/lib/console/client-status';
import { registerClient } from '@/lib/registration/service';
import { createUser } from '@/lib/users/service';
import { signUpDeveloper, SIGN_UPS_PER_IP_PER_HOUR } from '@/lib/users/sign-up';
import { loadDeveloperSignUpSettings, saveDeveloperSignUpSettings } from '@/lib/users/sign-up-settings';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { testRuntime } from './support/registration-runtime';

// The approve action runs as whoever `signedIn` names, on the suite's database.
const session = vi.hoisted(() => ({ user: null as PublicUser | null, db: null as unknown }));
vi.mock('@/lib/auth/guard', async (original) => ({ ...(await original<object>()), currentUser: async () => session.user }));
vi.mock('@/lib/db/client', async (original) => ({ ...(await original<object>()), getDb: async () => session.db }));
const { approveClientAction } = await import('@/app/console/clients/[clientId]/actions');

const targets = await databaseTargets();
const cli = { type: 'system', label: 'test' } as const;
let counter = 0;
const address = (domain: string) => `dev-${++counter}-${Date.now()}@${domain}`;
const password = 'long enough pw';
const machine = { client_name: 'Nightly job', grant_types: ['client_credentials'], response_types: [], token_endpoint_auth_method: 'client_secret_basic' };

describe.each(targets)('developer sign-up on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  const open = (db: Db, settings: { mode: 'off' | 'open' | 'domains'; domains?: string[]; requireApproval?: boolean }) =>
    saveDeveloperSignUpSettings(db, { domains: [], requireApproval: false, ...settings }, cli);

  it('is closed by default and refuses everyone', async () => {
    const { db } = fixture();
    expect(await loadDeveloperSignUpSettings(db)).toEqual({ mode: 'off', domains: [], requireApproval: false });
    await expect(signUpDeveloper(db, { email: address('example.test'), password }, { ip: null })).rejects.toThrow('Sign-up is closed.');
  });

  it('creates a developer when open, audits it, and reports a taken email on the email field', async () => {
    const { db } = fixture();
    await open(db, { mode: 'open' });
    const email = address('anywhere.test');
    const user = await signUpDeveloper(db, { email, password }, { ip: '203.0.113.1' });
    expect(user).toMatchObject({ email, role: 'developer', disabled: false });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.auditEvent.count({ where: { action: 'user.signed_up', targetId: user.id, ip: '203.0.113.1' } })).toBe(1);
    await expect(signUpDeveloper(db, { email, password }, { ip: null })).rejects.toMatchObject({
      message: 'An account with this email already exists.',
      field: 'email',
    });
  });

  it('admits only the listed domains, exactly and case-insensitively', async () => {
    const { db } = fixture();
    await open(db, { mode: 'domains', domains: ['example.test'] });
    await expect(signUpDeveloper(db, { email: address('other.test'), password }, { ip: null })).rejects.toMatchObject({ field: 'email' });
    await expect(signUpDeveloper(db, { email: address('sub.example.test'), password }, { ip: null })).rejects.toMatchObject({ field: 'email' });
    const user = await signUpDeveloper(db, { email: address('Example.TEST').toLowerCase(), password }, { ip: null });
    expect(user.role).toBe('developer');
  });

  it('allows a few sign-ups per address per hour', async () => {
    const { db } = fixture();
    await open(db, { mode: 'open' });
    for (let i = 0; i < SIGN_UPS_PER_IP_PER_HOUR; i++) await signUpDeveloper(db, { email: address('burst.test'), password }, { ip: '198.51.100.7' });
    await expect(signUpDeveloper(db, { email: address('burst.test'), password }, { ip: '198.51.100.7' })).rejects.toThrow('Too many accounts');
    await signUpDeveloper(db, { email: address('burst.test'), password }, { ip: '198.51.100.8' });
  });

  it('audits settings changes and keeps the approval flag in the developer policy', async () => {
    const { db } = fixture();
    await open(db, { mode: 'off' });
    await open(db, { mode: 'domains', domains: ['example.test', 'example.test'], requireApproval: true });
    expect(await loadDeveloperSignUpSettings(db)).toEqual({ mode: 'domains', domains: ['example.test'], requireApproval: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'settings.developer_sign_up_updated' }, orderBy: { at: 'desc' } });
    expect(event.before).toEqual({ mode: 'off', domains: [], requireApproval: false });
    expect(event.after).toEqual({ mode: 'domains', domains: ['example.test'], requireApproval: true });
    await open(db, { mode: 'off' });
  });

  it('makes developer clients pending when approval is required; only an admin approves them', async () => {
    const { db } = fixture();
    session.db = db;
    await open(db, { mode: 'open', requireApproval: true });
    const developer = await signUpDeveloper(db, { email: address('example.test'), password }, { ip: null });
    const admin = await createUser(db, { email: address('admin.test'), password, role: 'admin' }, cli);
    const runtime = testRuntime(db);

    const issued = await registerClient(runtime, { kind: 'developer', userId: developer.id, email: developer.email }, machine);
    expect(issued.client.status).toBe('pending');
    expect(issued.clientSecret).toBeTruthy();
    // Admins' own clients follow the admin policy, which does not ask for approval.
    const own = await registerClient(runtime, { kind: 'admin', userId: admin.id, email: admin.email }, machine);
    expect(own.client.status).toBe('active');

    const clientId = issued.client.clientId;
    session.user = developer;
    expect(await approveClientAction({ clientId })).toMatchObject({ ok: false, error: 'You are not allowed to do this.' });
    expect(mayChangeStatus('developer', 'pending', 'active')).toBe(false);
    expect((await db.client.findUniqueOrThrow({ where: { clientId } })).status).toBe('pending');

    session.user = admin;
    expect(await approveClientAction({ clientId })).toEqual({ ok: true, data: { status: 'active' } });
    expect((await db.client.findUniqueOrThrow({ where: { clientId } })).status).toBe('active');
    expect(await db.auditEvent.count({ where: { action: 'client.approved', targetId: clientId, actorId: admin.id } })).toBe(1);
    // Approval moves pending clients only.
    expect(await approveClientAction({ clientId })).toMatchObject({ ok: false, error: 'This client is not waiting for approval.' });

    await open(db, { mode: 'open', requireApproval: false });
    const later = await registerClient(runtime, { kind: 'developer', userId: developer.id, email: developer.email }, machine);
    expect(later.client.status).toBe('active');
    await open(db, { mode: 'off' });
  });
});
