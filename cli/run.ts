import { parseArgs } from 'node:util';
import type { Db } from '../lib/db/client';
import { clientDelete, clientList, clientRegister, clientResetRegistrationToken, clientRotateSecret, clientShow, clientStatusCommand, clientUpdate } from './commands/client';
import { initialAccessTokenCreate, initialAccessTokenList, initialAccessTokenRevoke } from './commands/initial-access-token';
import { issuerAdd, issuerList, issuerRemove } from './commands/software-statement-issuer';
import { keysList, keysRotate } from './commands/keys';
import { userCreate, userList } from './commands/user';
import { requireOption, UsageError, type CliIo } from './io';

export const usage = `Usage: npm run cli -- <command> [options] [--json]

Commands:
  user create --email E --password P --role admin|developer|user [--name N]
  user list
  initial-access-token create [--expires-in SECONDS] [--max-uses N] [--description TEXT]
  initial-access-token list
  initial-access-token revoke --id ID
  client register --file METADATA.json|- [--owner EMAIL]
  client list
  client show --client-id ID
  client update --client-id ID --file METADATA.json|-   (replaces the whole registration)
  client rotate-secret --client-id ID
  client reset-registration-token --client-id ID
  client disable|enable|approve --client-id ID
  client delete --client-id ID
  software-statement-issuer add --name N --issuer ISS (--jwks-file F | --jwks-uri URL)
  software-statement-issuer list
  software-statement-issuer remove --id ID
  keys list
  keys rotate [--alg ES256|RS256|...] [--immediate] [--max-token-lifetime SECONDS (default: the longest token lifetime, at least 86400)]
              [--publish-lead SECONDS (default 600)]

With --json the last line of output is one JSON object.`;

const optionSpec = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  email: { type: 'string' },
  password: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  'expires-in': { type: 'string' },
  'max-uses': { type: 'string' },
  description: { type: 'string' },
  alg: { type: 'string' },
  immediate: { type: 'boolean' },
  'max-token-lifetime': { type: 'string' },
  'publish-lead': { type: 'string' },
  id: { type: 'string' },
  file: { type: 'string' },
  owner: { type: 'string' },
  'client-id': { type: 'string' },
  issuer: { type: 'string' },
  'jwks-file': { type: 'string' },
  'jwks-uri': { type: 'string' },
} as const;

type Handler = (db: Db, options: Record<string, string | undefined>, json: boolean, io: CliIo) => Promise<void>;

interface Command {
  handler: Handler;
  allowed: readonly string[];
  required?: readonly string[];
}

const commands: Record<string, Command> = {
  'user create': { handler: userCreate, allowed: ['email', 'password', 'role', 'name'], required: ['email', 'password', 'role'] },
  'user list': { handler: (db, _options, json, io) => userList(db, json, io), allowed: [] },
  'initial-access-token create': { handler: initialAccessTokenCreate, allowed: ['expires-in', 'max-uses', 'description'] },
  'initial-access-token list': { handler: initialAccessTokenList, allowed: [] },
  'initial-access-token revoke': { handler: initialAccessTokenRevoke, allowed: ['id'], required: ['id'] },
  'client register': { handler: clientRegister, allowed: ['file', 'owner'], required: ['file'] },
  'client list': { handler: clientList, allowed: [] },
  'client show': { handler: clientShow, allowed: ['client-id'], required: ['client-id'] },
  'client update': { handler: clientUpdate, allowed: ['client-id', 'file'], required: ['client-id', 'file'] },
  'client rotate-secret': { handler: clientRotateSecret, allowed: ['client-id'], required: ['client-id'] },
  'client reset-registration-token': { handler: clientResetRegistrationToken, allowed: ['client-id'], required: ['client-id'] },
  // Pending clients leave pending only by approval, as in the console.
  'client disable': { handler: clientStatusCommand('disabled', 'disabled', ['active', 'pending']), allowed: ['client-id'], required: ['client-id'] },
  'client enable': { handler: clientStatusCommand('active', 'enabled', ['disabled']), allowed: ['client-id'], required: ['client-id'] },
  'client approve': { handler: clientStatusCommand('active', 'approved', ['pending']), allowed: ['client-id'], required: ['client-id'] },
  'client delete': { handler: clientDelete, allowed: ['client-id'], required: ['client-id'] },
  'software-statement-issuer add': { handler: issuerAdd, allowed: ['name', 'issuer', 'jwks-file', 'jwks-uri'], required: ['name', 'issuer'] },
  'software-statement-issuer list': { handler: issuerList, allowed: [] },
  'software-statement-issuer remove': { handler: issuerRemove, allowed: ['id'], required: ['id'] },
  'keys list': { handler: keysList, allowed: [] },
  'keys rotate': { handler: keysRotate, allowed: ['alg', 'immediate', 'max-token-lifetime', 'publish-lead'] },
};

export interface ParsedCommand {
  name: string;
  options: Record<string, string | undefined>;
  json: boolean;
}

/** Parses argv into a known command, or throws UsageError. Needs no database. */
export function parseCommand(argv: string[]): ParsedCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || positionals[0] === 'help') return 'help';
  const name = positionals.join(' ');
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  const options: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'json' || key === 'help') continue;
    if (!command.allowed.includes(key)) throw new UsageError(`--${key} does not apply to "${name}"`);
    options[key] = value as string;
  }
  // Checked before any database is opened, so a typo answers at once.
  for (const name of command.required ?? []) requireOption(name, options[name]);
  return { name, options, json: Boolean(values.json) };
}

export async function runCommand(command: ParsedCommand, db: Db, io: CliIo): Promise<void> {
  const entry = commands[command.name];
  if (!entry) throw new UsageError(`unknown command "${command.name}"`);
  await entry.handler(db, command.options, command.json, io);
}
