import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded';

/** The embedded database serves several connections at once without mixing their work. */
describe('the embedded database socket', () => {
  let dir: string;
  let embedded: EmbeddedDatabase;
  const clients: pg.Client[] = [];

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-socket-'));
    embedded = await openEmbeddedDatabase(dir);
    const setup = await connect();
    await setup.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => {})));
    await embedded.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps concurrent extended-protocol queries of different connections apart', async () => {
    const [a, b, c] = await Promise.all([connect(), connect(), connect()]);
    // Each connection sends its own statement text, so a Bind landing on another connection's
    // Parse would come back with the wrong `who`.
    const ask = (client: pg.Client, who: number, value: string) =>
      client.query(`SELECT $1::text AS echoed, ${who}::int AS who`, [value]).then((result) => `${result.rows[0].who}:${result.rows[0].echoed}`);
    const work = [a, b, c].flatMap((client, who) => Array.from({ length: 60 }, (_, n) => ({ client, who, value: `${who}-${n}` })));
    const answers = await Promise.all(work.map(({ client, who, value }) => ask(client, who, value)));
    expect(answers).toEqual(work.map(({ who, value }) => `${who}:${value}`));
  });

  it('lets a connection finish its transaction before another one reads', async () => {
    const [writer, reader] = await Promise.all([connect(), connect()]);
    await writer.query('BEGIN');
    await writer.query('INSERT INTO notes (body) VALUES ($1)', ['inside']);
    const read = reader.query('SELECT count(*)::int AS n FROM notes');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await writer.query('COMMIT');
    expect((await read).rows[0].n).toBe(1);
  });

  it('rolls back a transaction whose connection disappears, and serves the others', async () => {
    const [quitter, other] = await Promise.all([connect(), connect()]);
    quitter.on('error', () => {});
    await quitter.query('BEGIN');
    await quitter.query('INSERT INTO notes (body) VALUES ($1)', ['abandoned']);
    quitter.connection.stream.destroy();
    const result = await other.query('SELECT count(*)::int AS n FROM notes WHERE body = $1', ['abandoned']);
    expect(result.rows[0].n).toBe(0);
  });
});
