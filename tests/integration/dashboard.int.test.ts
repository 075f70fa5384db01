import { describe, expect, it } from 'vitest';
import { dashboardData, type DashboardViewer } from '@/lib/console/dashboard';
import type { Db } from '@/lib/db/client';
import { createUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';

const targets = await databaseTargets();
const system = { type: 'system', label: 'test' } as const;
const now = new Date(Date.UTC(2026, 2, 15, 12));
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

interface Seed {
  clientId: string;
  owner: string | null;
  type?: string;
  method?: string;
  status?: 'active' | 'disabled' | 'pending';
  warnings?: number;
}

async function seedClient(db: Db, row: Seed) {
  await db.client.create({
    data: {
      clientId: row.clientId,
      clientName: `Name of ${row.clientId}`,
      ownerId: row.owner,
      applicationType: row.type ?? 'web',
      tokenEndpointAuthMethod: row.method ?? 'client_secret_basic',
      grantTypes: ['authorization_code'],
      responseTypes: ['code'],
      redirectUris: ['https://app.example.com/cb'],
      status: row.status ?? 'active',
      warningCount: row.warnings ?? 0,
    },
  });
}

const countOf = (rows: Array<{ key: string; count: number }>, key: string) => rows.find((row) => row.key === key)?.count ?? 0;

describe.each(targets)('dashboard data on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let admin: DashboardViewer;
  let alice: DashboardViewer;

  it('seeds users, clients, grants and initial access tokens', async () => {
    const { db } = fixture();
    const adminUser = await createUser(db, { email: 'admin@example.test', password: 'long enough pw', role: 'admin' }, system);
    const aliceUser = await createUser(db, { email: 'alice@example.test', password: 'long enough pw', role: 'developer' }, system);
    const bobUser = await createUser(db, { email: 'bob@example.test', password: 'long enough pw', role: 'developer' }, system);
    await createUser(db, { email: 'user@example.test', password: 'long enough pw', role: 'user' }, system);
    admin = { id: adminUser.id, role: 'admin' };
    alice = { id: aliceUser.id, role: 'developer' };

    await seedClient(db, { clientId: 'alice-web', owner: aliceUser.id, warnings: 3 });
    await seedClient(db, { clientId: 'alice-native', owner: aliceUser.id, type: 'native', method: 'none', status: 'pending', warnings: 1 });
    await seedClient(db, { clientId: 'bob-m2m', owner: bobUser.id, method: 'private_key_jwt', warnings: 9 });
    await seedClient(db, { clientId: 'bob-off', owner: bobUser.id, status: 'disabled' });
    for (let index = 0; index < 6; index++) await seedClient(db, { clientId: `admin-${index}`, owner: null, warnings: index + 1 });

    const grant = (clientId: string, createdAt: Date) => db.grant.create({ data: { clientId, userId: aliceUser.id, scope: ['openid'], createdAt } });
    await grant('alice-web', daysAgo(0));
    await grant('alice-web', daysAgo(0));
    await grant('alice-native', daysAgo(3));
    await grant('bob-m2m', daysAgo(3));
    // Outside the 30-day window: not counted.
    await grant('alice-web', daysAgo(45));

    const token = (data: { expiresAt?: Date; revokedAt?: Date; maxUses?: number; uses?: number }, hash: string) =>
      db.initialAccessToken.create({ data: { tokenHash: hash, ...data } });
    await token({}, 'h-open');
    await token({ expiresAt: daysAgo(-1), maxUses: 5, uses: 2 }, 'h-future');
    await token({ expiresAt: daysAgo(1) }, 'h-expired');
    await token({ revokedAt: daysAgo(1) }, 'h-revoked');
    await token({ maxUses: 2, uses: 2 }, 'h-used-up');

    const issued = (day: string, grantType: string, count: number) => db.tokenIssuanceDay.create({ data: { day: new Date(`${day}T00:00:00Z`), grantType, count } });
    await issued('2026-03-15', 'client_credentials', 5);
    await issued('2026-03-15', 'refresh_token', 2);
    await issued('2026-03-12', 'authorization_code', 3);
    // Outside the 30-day window: not shown.
    await issued('2026-02-13', 'client_credentials', 40);
  });

  it('counts everything for an admin', async () => {
    const data = await dashboardData(fixture().db, admin, now);
    expect(data.totalClients).toBe(10);
    expect(countOf(data.clientsByStatus, 'active')).toBe(8);
    expect(countOf(data.clientsByStatus, 'pending')).toBe(1);
    expect(countOf(data.clientsByStatus, 'disabled')).toBe(1);
    expect(countOf(data.clientsByApplicationType, 'native')).toBe(1);
    expect(countOf(data.clientsByApplicationType, 'web')).toBe(9);
    expect(countOf(data.clientsByAuthMethod, 'private_key_jwt')).toBe(1);
    expect(countOf(data.usersByRole!, 'developer')).toBe(2);
    expect(countOf(data.usersByRole!, 'user')).toBe(1);
    expect(data.activeInitialAccessTokens).toBe(2);

    // Admins see the server's tokens per day instead of user authorizations.
    expect(data.authorizationsPerDay).toBeNull();
    const tokens = data.tokensIssuedPerDay!;
    expect(tokens.days).toHaveLength(30);
    expect(tokens.days[0]?.day).toBe('2026-02-14');
    expect(tokens.days.at(-1)).toEqual({ day: '2026-03-15', total: 7, counts: { client_credentials: 5, refresh_token: 2 } });
    expect(tokens.days.find((day) => day.day === '2026-03-12')).toEqual({ day: '2026-03-12', total: 3, counts: { authorization_code: 3 } });
    expect(tokens.days.filter((day) => day.total === 0)).toHaveLength(28);
    expect(tokens.keys).toEqual(['authorization_code', 'refresh_token', 'client_credentials']);

    // Ties (admin-2 and alice-web both have 3) go by client_id.
    expect(data.mostWarnings.map((client) => client.clientId)).toEqual(['bob-m2m', 'admin-5', 'admin-4', 'admin-3', 'admin-2']);
  });

  it('shows a developer only their own clients and none of the admin figures', async () => {
    const data = await dashboardData(fixture().db, alice, now);
    expect(data.totalClients).toBe(2);
    expect(countOf(data.clientsByStatus, 'pending')).toBe(1);
    expect(countOf(data.clientsByStatus, 'disabled')).toBe(0);
    expect(countOf(data.clientsByAuthMethod, 'private_key_jwt')).toBe(0);
    expect(data.usersByRole).toBeNull();
    expect(data.activeInitialAccessTokens).toBeNull();
    expect(data.authorizationsPerDay).toHaveLength(30);
    expect(data.authorizationsPerDay!.at(-1)).toEqual({ day: '2026-03-15', count: 2 });
    expect(data.authorizationsPerDay!.find((day) => day.day === '2026-03-12')?.count).toBe(1);
    expect(data.authorizationsPerDay!.reduce((sum, day) => sum + day.count, 0)).toBe(3);
    // Token counts are server-wide, not per client: not a developer's to see.
    expect(data.tokensIssuedPerDay).toBeNull();
    expect(data.mostWarnings.map((client) => client.clientId)).toEqual(['alice-web', 'alice-native']);
  });
});
