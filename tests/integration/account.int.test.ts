import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/client';
import { AccountError, changePassword, listConsents, withdrawConsent } from '@/lib/users/account';
import { createUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';

const targets = await databaseTargets();
const system = { type: 'system', label: 'test' } as const;
let sequence = 0;

async function newUser(db: Db, password = 'old password 123') {
  sequence += 1;
  return createUser(db, { email: `account${sequence}@example.test`, password, role: 'user' }, system);
}

async function newClient(db: Db, metadata: Record<string, string> = {}, clientName?: string) {
  sequence += 1;
  return db.client.create({
    data: {
      clientId: `client-${sequence}`,
      clientName,
      grantTypes: ['authorization_code', 'refresh_token'],
      responseTypes: ['code'],
      redirectUris: ['https://app.example.com/cb'],
      metadata,
    },
  });
}

async function storedHash(db: Db, id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;
}

describe.each(targets)('the account page on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);

  it('changes the password after checking the current one, and audits it without the password', async () => {
    const { db } = fixture();
    const user = await newUser(db);
    const before = Date.now();
    await changePassword(db, user.id, 'old password 123', 'new password 456', { type: 'user', id: user.id });
    // Every session signed in before the change is over from now on.
    const { sessionsValidFrom } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsValidFrom: true } });
    expect(sessionsValidFrom!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(sessionsValidFrom!.getTime() % 1000).toBe(0);
    const hash = await storedHash(db, user.id);
    expect(await verifyPassword(hash, 'new password 456')).toBe(true);
    expect(await verifyPassword(hash, 'old password 123')).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: 'user.password_changed' } });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.stringify(audit)).not.toMatch(/password 456|password 123|argon2/);
  });

  it('refuses a wrong current password or a weak new one and keeps the old password', async () => {
    const { db } = fixture();
    const user = await newUser(db);
    const before = await storedHash(db, user.id);
    await expect(changePassword(db, user.id, 'not my password', 'new password 456', system)).rejects.toMatchObject({
      name: 'AccountError',
      field: 'current',
    });
    await expect(changePassword(db, user.id, 'old password 123', 'short', system)).rejects.toMatchObject({
      field: 'next',
      message: 'Use at least 8 characters',
    });
    await expect(changePassword(db, '00000000-0000-4000-8000-000000000000', 'x', 'new password 456', system)).rejects.toBeInstanceOf(AccountError);
    expect(await storedHash(db, user.id)).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionsValidFrom).toBeNull();
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: 'user.password_changed' } })).toBe(0);
  });

  it('lists consents with the client name, or its id, and only an https logo', async () => {
    const { db } = fixture();
    const user = await newUser(db);
    const named = await newClient(db, { logo_uri: 'https://app.example.com/logo.png' }, 'Photo Album');
    const bare = await newClient(db, { logo_uri: 'http://plain.example.com/logo.png' });
    await db.consent.create({ data: { userId: user.id, clientId: named.clientId, scopes: ['openid', 'email'] } });
    await db.consent.create({ data: { userId: user.id, clientId: bare.clientId, scopes: ['openid'] } });
    const listed = await listConsents(db, user.id);
    expect(listed).toHaveLength(2);
    expect(listed.find((c) => c.clientId === named.clientId)).toMatchObject({
      clientName: 'Photo Album',
      logoUri: 'https://app.example.com/logo.png',
      scopes: ['openid', 'email'],
    });
    expect(listed.find((c) => c.clientId === bare.clientId)).toMatchObject({ clientName: bare.clientId, logoUri: null });
    expect(await listConsents(db, (await newUser(db)).id)).toEqual([]);
  });

  it("withdraws only the user's own consent for that client and revokes only their grants to it", async () => {
    const { db } = fixture();
    const [user, other] = [await newUser(db), await newUser(db)];
    const [app, elsewhere] = [await newClient(db), await newClient(db)];
    for (const owner of [user, other]) {
      for (const client of [app, elsewhere]) await db.consent.create({ data: { userId: owner.id, clientId: client.clientId, scopes: ['openid'] } });
    }
    const mine = await db.grant.create({ data: { clientId: app.clientId, userId: user.id, scope: ['openid'] } });
    const alreadyRevoked = await db.grant.create({
      data: { clientId: app.clientId, userId: user.id, scope: ['openid'], revokedAt: new Date('2020-01-01'), revokedReason: 'refresh_token_reuse' },
    });
    const theirs = await db.grant.create({ data: { clientId: app.clientId, userId: other.id, scope: ['openid'] } });
    const myOtherApp = await db.grant.create({ data: { clientId: elsewhere.clientId, userId: user.id, scope: ['openid'] } });
    const clientOnly = await db.grant.create({ data: { clientId: app.clientId, scope: [] } });

    expect(await withdrawConsent(db, user.id, app.clientId, { type: 'user', id: user.id })).toEqual({ revokedGrants: 1 });

    const consents = await db.consent.findMany({ where: { userId: { in: [user.id, other.id] } }, select: { userId: true, clientId: true } });
    expect(consents).toHaveLength(3);
    expect(consents).not.toContainEqual({ userId: user.id, clientId: app.clientId });
    expect(await db.grant.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ revokedReason: 'consent_withdrawn', revokedAt: expect.any(Date) });
    expect(await db.grant.findUniqueOrThrow({ where: { id: alreadyRevoked.id } })).toMatchObject({ revokedReason: 'refresh_token_reuse' });
    for (const untouched of [theirs, myOtherApp, clientOnly]) {
      expect(await db.grant.findUniqueOrThrow({ where: { id: untouched.id } })).toMatchObject({ revokedAt: null, revokedReason: null });
    }
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'consent.withdrawn', targetId: app.clientId } });
    expect(audit).toMatchObject({ actorId: user.id, before: { scopes: ['openid'] }, detail: { userId: user.id, revokedGrants: 1 } });

    // A second withdrawal finds nothing left and says so, without another audit event.
    await expect(withdrawConsent(db, user.id, app.clientId, system)).rejects.toBeInstanceOf(AccountError);
    await expect(withdrawConsent(db, user.id, 'no-such-client', system)).rejects.toBeInstanceOf(AccountError);
    expect(await db.auditEvent.count({ where: { action: 'consent.withdrawn', targetId: app.clientId } })).toBe(1);
  });
});
