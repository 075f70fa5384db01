import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { createInitialAccessToken } from '@/lib/registration/initial-access-tokens';
import { hashOpaqueToken } from '@/lib/crypto/opaque-token';
import { createFirstAdmin, createUser, listUsers, UserError } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';

const targets = await databaseTargets();
const cli = { type: 'system', label: 'test' } as const;

describe.each(targets)('users and tokens on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);

  it('creates users with an argon2id hash that the default queries never return', async () => {
    const { db } = fixture();
    const user = await createUser(db, { email: '  Dev@Example.TEST ', password: 'long enough pw', role: 'developer' }, cli);
    expect(user.email).toBe('dev@example.test');
    const plain = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(plain).not.toHaveProperty('passwordHash');
    const withHash = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(withHash.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(withHash.passwordHash, 'long enough pw')).toBe(true);
    expect(await verifyPassword(withHash.passwordHash, 'wrong')).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id } });
    expect(audit.action).toBe('user.created');
    expect(JSON.stringify(audit)).not.toContain('long enough pw');
  });

  it('refuses a duplicate email and bad input with a message on the field', async () => {
    const { db } = fixture();
    await createUser(db, { email: 'twice@example.test', password: 'long enough pw', role: 'user' }, cli);
    await expect(createUser(db, { email: 'TWICE@example.test', password: 'long enough pw', role: 'user' }, cli)).rejects.toMatchObject({
      name: 'UserError',
      field: 'email',
      message: 'A user with this email already exists',
    });
    await expect(createUser(db, { email: 'x@example.test', password: 'short', role: 'user' }, cli)).rejects.toBeInstanceOf(UserError);
    await expect(createUser(db, { email: 'x@example.test', password: 'long enough pw', role: 'root' }, cli)).rejects.toMatchObject({ field: 'role' });
  });

  it('creates exactly one first admin when several attempts race', async () => {
    const { db } = fixture();
    const attempts = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createFirstAdmin(db, { email: `admin${i}@example.test`, password: 'long enough pw' })),
    );
    expect(attempts.filter(Boolean)).toHaveLength(1);
    expect((await listUsers(db)).filter((user) => user.role === 'admin')).toHaveLength(1);
    expect(await createFirstAdmin(db, { email: 'late@example.test', password: 'long enough pw' })).toBeNull();
  });

  it('stores only the hash of an initial access token', async () => {
    const { db } = fixture();
    const issued = await createInitialAccessToken(db, { expiresInSeconds: 3600, maxUses: 3 }, cli);
    expect(issued.token).toMatch(/^iat_[A-Za-z0-9_-]{43}$/);
    const row = await db.initialAccessToken.findUniqueOrThrow({ where: { id: issued.id }, omit: { tokenHash: false } });
    expect(row.tokenHash).toBe(hashOpaqueToken(issued.token));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    expect(row.maxUses).toBe(3);
    expect(row.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });
});
