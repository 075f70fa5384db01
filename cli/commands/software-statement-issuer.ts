import fs from 'node:fs';
import type { Db } from '../../lib/db/client';
import { addTrustedIssuer, listTrustedIssuers, removeTrustedIssuer, TrustedIssuerError } from '../../lib/registration/trusted-issuers';
import { report, requireOption, UsageError, type CliIo } from '../io';

const cliActor = { type: 'system', label: 'cli' } as const;

export async function issuerAdd(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  let jwks: unknown;
  if (options['jwks-file']) {
    try {
      jwks = JSON.parse(fs.readFileSync(options['jwks-file'], 'utf8'));
    } catch (error) {
      throw new UsageError(`--jwks-file: cannot read JSON (${(error as Error).message})`);
    }
  }
  try {
    const issuer = await addTrustedIssuer(
      db,
      { name: requireOption('name', options.name), issuer: requireOption('issuer', options.issuer), jwks: jwks as never, jwksUri: options['jwks-uri'] },
      cliActor,
    );
    report(io, json, { id: issuer.id, name: issuer.name, issuer: issuer.issuer }, [`trusting ${issuer.name} (${issuer.issuer}), id ${issuer.id}`]);
  } catch (error) {
    if (error instanceof TrustedIssuerError) throw new UsageError(error.message);
    throw error;
  }
}

export async function issuerList(db: Db, _options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const issuers = await listTrustedIssuers(db);
  const view = issuers.map(({ id, name, issuer, jwksUri }) => ({ id, name, issuer, jwks_uri: jwksUri }));
  report(io, json, { issuers: view }, view.length ? view.map((item) => `${item.id}\t${item.name}\t${item.issuer}`) : ['no trusted publishers']);
}

export async function issuerRemove(db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo): Promise<void> {
  const id = requireOption('id', options.id);
  if (!(await removeTrustedIssuer(db, id, cliActor))) throw new UsageError(`no trusted publisher ${id}`);
  report(io, json, { removed: id }, [`removed ${id}`]);
}
