import { resolveAuthSecret } from '../lib/auth/secret';
import { readConfig } from '../lib/config';
import { closeDatabase } from '../lib/db/client';
import { startMigratedDatabase } from '../lib/db/start';
import { processIo, UsageError } from './io';
import { parseCommand, runCommand, usage } from './run';

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    processIo.err(`error: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (command === 'help') {
    processIo.out(usage);
    return 0;
  }
  try {
    const { prisma } = await startMigratedDatabase((line) => processIo.err(line));
    // Commands that seal or open secrets must use the server's key: AUTH_SECRET, or the generated one.
    process.env.NEXTAUTH_SECRET = await resolveAuthSecret(prisma, readConfig(), () => {});
    await runCommand(command, prisma, processIo);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      processIo.err(`error: ${error.message}\n\n${usage}`);
      return 2;
    }
    processIo.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await closeDatabase();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
