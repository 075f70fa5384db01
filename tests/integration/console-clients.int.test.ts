import { describe, expect, it } from 'vitest';
import { COUNT_CAP, clientListQuerySchema, type ClientListParams } from '@/lib/console/client-list-query';
import { listClients, type ListViewer } from '@/lib/console/client-list';
import { InvalidCursorError } from '@/lib/console/cursor';
import type { Db } from '@/lib/db/client';
import { createUser } from '@/lib/users/service';
import { databaseTargets } from './support/databases';
import { useMigratedDatabase } from './support/fixture';

const targets = await databaseTargets();
const system = { type: 'system', label: 'test' } as const;

interface Seed {
  name: string | null;
  owner?: string;
  type?: string;
  method?: string;
  grants?: string[];
  status?: 'active' | 'disabled' | 'pending';
  warnings?: number;
  logo?: string;
}

async function seed(db: Db, rows: Seed[]) {
  const start = Date.UTC(2026, 0, 1);
  for (const [index, row] of rows.entries()) {
    await db.client.create({
      data: {
        clientId: `cid-${index.toString().padStart(3, '0')}-${row.name ?? 'anon'}`.replace(/\s+/g, '_'),
        clientName: row.name,
        ownerId: row.owner ?? null,
        applicationType: row.type ?? 'web',
        tokenEndpointAuthMethod: row.method ?? 'client_secret_basic',
        grantTypes: row.grants ?? ['authorization_code'],
        responseTypes: ['code'],
        redirectUris: ['https://app.example.com/cb'],
        status: row.status ?? 'active',
        warningCount: row.warnings ?? 0,
        metadata: row.logo ? { logo_uri: row.logo } : {},
        // Distinct, increasing creation times make the created sorts predictable.
        createdAt: new Date(start + index * 60_000),
      },
    });
  }
}

const query = (params: ClientListParams = {}) => clientListQuerySchema.parse(params);

/** Walks every page the way the console does, by following nextCursor. */
async function allPages(db: Db, viewer: ListViewer, params: ClientListParams) {
  const names: Array<string | null> = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listClients(db, viewer, query({ ...params, cursor }));
    names.push(...page.items.map((item) => item.clientName));
    if (!page.nextCursor) return names;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe.each(targets)('console clients list on the $kind database', (target) => {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {});
    return;
  }
  const fixture = useMigratedDatabase(target);
  let admin: ListViewer;
  let alice: ListViewer;
  let bob: ListViewer;
  let aliceEmail: string;

  it('seeds clients for two developers and nobody', async () => {
    const { db } = fixture();
    const adminUser = await createUser(db, { email: 'admin@example.test', password: 'long enough pw', role: 'admin' }, system);
    const aliceUser = await createUser(db, { email: 'alice@example.test', password: 'long enough pw', role: 'developer' }, system);
    const bobUser = await createUser(db, { email: 'bob@example.test', password: 'long enough pw', role: 'developer' }, system);
    admin = { id: adminUser.id, role: 'admin' };
    alice = { id: aliceUser.id, role: 'developer' };
    bob = { id: bobUser.id, role: 'developer' };
    aliceEmail = aliceUser.email;
    await seed(db, [
      { name: 'Photo Printer', owner: alice.id, logo: 'https://printer.example.com/logo.png' },
      { name: 'photo album', owner: alice.id, type: 'native', method: 'none', grants: ['authorization_code', 'refresh_token'], warnings: 2 },
      { name: 'Inventory', owner: bob.id, method: 'private_key_jwt', grants: ['client_credentials'], logo: 'http://insecure.example.com/l.png' },
      { name: null, owner: bob.id, status: 'disabled' },
      { name: 'Billing', status: 'pending', warnings: 1 },
      { name: 'Zeta', owner: alice.id },
      { name: 'Alpha', owner: bob.id },
    ]);
  });

  it('shows admins every client and developers only their own, whatever the owner filter says', async () => {
    const { db } = fixture();
    expect((await listClients(db, admin, query())).total).toBe(7);
    const own = await listClients(db, alice, query());
    expect(own.items.map((item) => item.clientName).sort()).toEqual(['Photo Printer', 'Zeta', 'photo album']);
    expect(own.items.every((item) => item.ownerEmail === null)).toBe(true);
    // A developer naming someone else as owner still gets only their own clients.
    expect((await listClients(db, alice, query({ owner: 'bob@example.test' }))).total).toBe(3);
    expect((await listClients(db, bob, query({ q: 'photo' }))).total).toBe(0);
    await expect(listClients(db, { id: alice.id, role: 'user' }, query())).rejects.toThrow();
  });

  it('searches names case-insensitively and client ids as typed', async () => {
    const { db } = fixture();
    // Sorted here: how mixed case orders depends on the database's collation.
    const byName = await listClients(db, admin, query({ q: 'PHOTO' }));
    expect(byName.items.map((item) => item.clientName).sort()).toEqual(['Photo Printer', 'photo album']);
    const byId = await listClients(db, admin, query({ q: 'cid-002' }));
    expect(byId.items.map((item) => item.clientName)).toEqual(['Inventory']);
  });

  it('matches one or two characters at the start of a name (any case) or a client id (as typed)', async () => {
    const { db } = fixture();
    const names = async (q: string) => (await listClients(db, admin, query({ q }))).items.map((item) => item.clientName).sort();
    // "Alpha" also contains a p, "Photo Printer" and "Billing" contain "in": only starts count here.
    expect(await names('p')).toEqual(['Photo Printer', 'photo album']);
    expect(await names('A')).toEqual(['Alpha']);
    expect(await names('in')).toEqual(['Inventory']);
    expect(await names('IN')).toEqual(['Inventory']);
    // Every client id starts with "cid"; ids are matched as typed, so "CI" finds none.
    expect(await names('ci')).toHaveLength(7);
    expect(await names('CI')).toEqual([]);
  });

  it('matches three characters or more anywhere in a name (any case) or a client id (as typed)', async () => {
    const { db } = fixture();
    const names = async (q: string) => (await listClients(db, admin, query({ q }))).items.map((item) => item.clientName).sort();
    expect(await names('int')).toEqual(['Photo Printer']);
    expect(await names('LLI')).toEqual(['Billing']);
    expect(await names('hoto')).toEqual(['Photo Printer', 'photo album']);
    // The unnamed client is found by its id only, and only with the id's own case.
    expect(await names('anon')).toEqual([null]);
    expect(await names('ANON')).toEqual([]);
    expect(await names('id-005')).toEqual(['Zeta']);
    const page = await listClients(db, admin, query({ q: 'zeta' }));
    expect(page).toMatchObject({ total: 1, totalCapped: false, nextCursor: null });
  });

  it('takes % and _ in a search literally', async () => {
    const { db } = fixture();
    const total = async (q: string) => (await listClients(db, admin, query({ q }))).total;
    expect(await total('%')).toBe(0);
    expect(await total('_')).toBe(0);
    expect(await total('c_d')).toBe(0);
    expect(await total('100%')).toBe(0);
    // Client ids of named clients hold underscores for spaces: "o_P" is only in cid-000-Photo_Printer.
    expect(await total('o_P')).toBe(1);
  });

  it('can serve both searches from the trigram indexes', async () => {
    const { db } = fixture();
    // Seven rows are cheaper to scan than any index, so scans are ruled out to see whether the
    // indexes apply to the predicate as Prisma writes it ('%' || $1 || '%'), not to force a plan.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      const rows = await tx.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(
        `EXPLAIN SELECT id FROM clients WHERE client_name ILIKE ('%' || $1 || '%') OR client_id LIKE ('%' || $2 || '%')`,
        'photo',
        'photo',
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('clients_client_name_trgm_idx');
    expect(plan).toContain('clients_client_id_trgm_idx');
  });

  it('filters by type, method, grant, status, owner and warnings', async () => {
    const { db } = fixture();
    const names = async (params: ClientListParams) => (await listClients(db, admin, query(params))).items.map((item) => item.clientName).sort();
    expect(await names({ applicationType: 'native' })).toEqual(['photo album']);
    expect(await names({ authMethod: 'private_key_jwt' })).toEqual(['Inventory']);
    expect(await names({ grantType: 'refresh_token' })).toEqual(['photo album']);
    expect(await names({ status: 'disabled' })).toEqual([null]);
    expect(await names({ hasWarnings: 'true' })).toEqual(['Billing', 'photo album']);
    expect(await names({ owner: aliceEmail.toUpperCase() })).toEqual(['Photo Printer', 'Zeta', 'photo album']);
    expect(await names({ owner: 'none' })).toEqual(['Billing']);
    expect(await names({ status: 'active', owner: 'bob@example.test' })).toEqual(['Alpha', 'Inventory']);
  });

  it('returns the owner to admins and a logo only when it is https', async () => {
    const { db } = fixture();
    const { items } = await listClients(db, admin, query({ sort: 'created_asc', limit: 10 }));
    expect(items[0]).toMatchObject({ clientName: 'Photo Printer', logoUri: 'https://printer.example.com/logo.png', ownerEmail: aliceEmail });
    expect(items[2]).toMatchObject({ clientName: 'Inventory', logoUri: null });
    // Exactly the listed fields: no secret column or metadata document rides along.
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['applicationType', 'clientId', 'clientName', 'createdAt', 'grantTypes', 'logoUri', 'ownerEmail', 'status', 'tokenEndpointAuthMethod', 'warningCount'],
    );
  });

  it('pages through every sort without gaps or repeats', async () => {
    const { db } = fixture();
    const created = ['Photo Printer', 'photo album', 'Inventory', null, 'Billing', 'Zeta', 'Alpha'];
    expect(await allPages(db, admin, { sort: 'created_asc', limit: 10 })).toEqual(created);
    // Page size 10 is the smallest allowed; walk pages of it over a scoped list too.
    expect(await allPages(db, admin, { sort: 'created_desc', limit: 10 })).toEqual([...created].reverse());
    const ascending = await allPages(db, admin, { sort: 'name_asc', limit: 10 });
    expect(ascending).toHaveLength(7);
    expect(ascending[ascending.length - 1]).toBeNull();
    const descending = await allPages(db, admin, { sort: 'name_desc', limit: 10 });
    expect(descending).toEqual([...ascending].reverse());
  });

  it('pages by keyset across many rows, with a capped total', async () => {
    const { db } = fixture();
    const many = Array.from({ length: COUNT_CAP + 5 }, (_, index) => ({
      clientId: `bulk-${index}`,
      clientName: `Bulk ${String(index % 37).padStart(2, '0')}`,
      ownerId: bob.id,
      grantTypes: ['client_credentials'],
      responseTypes: [],
      redirectUris: [],
    }));
    await db.client.createMany({ data: many });
    const first = await listClients(db, bob, query({ limit: 100, sort: 'name_asc' }));
    expect(first.total).toBe(COUNT_CAP);
    expect(first.totalCapped).toBe(true);
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (;;) {
      const page = await listClients(db, bob, query({ limit: 100, sort: 'name_asc', q: 'Bulk', cursor }));
      for (const item of page.items) seen.add(item.clientId);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.size).toBe(COUNT_CAP + 5);
    await db.client.deleteMany({ where: { clientId: { startsWith: 'bulk-' } } });
  });

  it('refuses a cursor made for another sort or tampered with', async () => {
    const { db } = fixture();
    const page = await listClients(db, admin, query({ sort: 'created_desc', limit: 10 }));
    expect(page.nextCursor).toBeNull();
    const other = await listClients(db, admin, query({ sort: 'name_asc', limit: 10 }));
    expect(other.items).toHaveLength(7);
    const forged = Buffer.from(JSON.stringify(['created_desc', 'yesterday', 'x'])).toString('base64url');
    await expect(listClients(db, admin, query({ cursor: forged }))).rejects.toBeInstanceOf(InvalidCursorError);
    const wrongSort = Buffer.from(JSON.stringify(['name_asc', 'A', '00000000-0000-0000-0000-000000000000'])).toString('base64url');
    await expect(listClients(db, admin, query({ cursor: wrongSort }))).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
