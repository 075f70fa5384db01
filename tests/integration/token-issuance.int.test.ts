import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardData } from '@/lib/console/dashboard';
import type { TokenRuntime } from '@/lib/oauth/token/runtime';
import { handleToken } from '@/lib/oauth/token/token-endpoint';
import { registerClient } from '@/lib/registration/service';
import { tokenIssuanceCounter, writeIssuanceCounts } from '@/lib/stats/token-issuance';
import { createUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';
import { ISSUER, testRuntime, testTokenRuntime } from './support/registration-runtime';
import { basicAuthorization } from '../support/basic-authorization';

const targets = await databaseTargets();
const admin = { kind: 'admin', userId: null, email: 'test' } as const;
const TOKENS = 7;


describe.each(targets)('tokens issued per day on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let runtime: TokenRuntime;
  let machine: { id: string; secret: string };

  const token = (form: Record<string, string>) =>
    handleToken(
      runtime,
      new Request(`${ISSUER}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuthorization(machine.id, machine.secret) },
        body: new URLSearchParams(form).toString(),
      }),
    );

  /** Counts stored for a grant type today (or yesterday, should the test run across midnight UTC). */
  async function storedToday(grantType: string): Promise<number> {
    const today = new Date(new Date().toISOString().slice(0, 10));
    const rows = await fixture().db.tokenIssuanceDay.findMany({ where: { grantType, day: { gte: new Date(today.getTime() - 86_400_000) } } });
    return rows.reduce((sum, row) => sum + row.count, 0);
  }

  beforeAll(async () => {
    const { db } = fixture();
    runtime = await testTokenRuntime(db);
    const issued = await registerClient(testRuntime(db), admin, { client_name: 'Nightly export', grant_types: ['client_credentials'], scope: 'export:read' });
    machine = { id: issued.client.clientId, secret: issued.clientSecret! };
  });

  it('counts every token the token endpoint issues, and nothing it refuses, once flushed', async () => {
    const { db } = fixture();
    for (let i = 0; i < TOKENS; i++) expect((await token({ grant_type: 'client_credentials' })).status).toBe(200);
    expect((await token({ grant_type: 'client_credentials', scope: 'admin' })).status).toBe(400);
    // Nothing is written on the request's path.
    expect(await storedToday('client_credentials')).toBe(0);
    await tokenIssuanceCounter(db).flush();
    expect(await storedToday('client_credentials')).toBe(TOKENS);
    expect(tokenIssuanceCounter(db).pending()).toEqual([]);
  });

  it('adds to what other instances wrote instead of overwriting it', async () => {
    const { db } = fixture();
    const day = '2026-01-10';
    // Ten instances flushing the same day and grant type at once.
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        writeIssuanceCounts(db, [
          { day, grantType: 'refresh_token', count: index + 1 },
          { day, grantType: 'authorization_code', count: 1 },
        ]),
      ),
    );
    const rows = await db.tokenIssuanceDay.findMany({ where: { day: new Date(`${day}T00:00:00Z`) }, orderBy: { grantType: 'asc' } });
    expect(rows.map((row) => [row.grantType, row.count])).toEqual([
      ['authorization_code', 10],
      ['refresh_token', 55],
    ]);
  });

  it('shows the last 30 days on the admin dashboard, zero where nothing was issued', async () => {
    const { db } = fixture();
    const user = await createUser(db, { email: `admin-${target.kind}@example.test`, password: 'long enough pw', role: 'admin' }, { type: 'system' });
    const data = await dashboardData(db, { id: user.id, role: 'admin' });
    const tokens = data.tokensIssuedPerDay!;
    expect(tokens.days).toHaveLength(30);
    expect(tokens.days.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
    expect(tokens.keys).toEqual(['client_credentials']);
    expect(tokens.days.reduce((sum, day) => sum + (day.counts.client_credentials ?? 0), 0)).toBe(TOKENS);
    expect(tokens.days.filter((day) => day.total === 0).length).toBeGreaterThanOrEqual(28);
  });
});
