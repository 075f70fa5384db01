import { describe, expect, it } from 'vitest';
import { parseCommand } from './run';

describe('parseCommand', () => {
  it('accepts the documented commands', () => {
    expect(parseCommand(['user', 'create', '--email', 'a@b.test', '--password', 'pw', '--role', 'admin', '--json'])).toEqual({
      name: 'user create',
      options: { email: 'a@b.test', password: 'pw', role: 'admin' },
      json: true,
    });
    expect(parseCommand(['initial-access-token', 'create', '--expires-in', '60', '--max-uses', '1'])).toMatchObject({
      name: 'initial-access-token create',
      json: false,
    });
    expect(parseCommand([])).toBe('help');
    expect(parseCommand(['--help'])).toBe('help');
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['user', 'create', '--email', 'a@b.test', '--role', 'user'], '--password is required'],
    [['user', 'list', '--email', 'a@b.test'], '--email does not apply to "user list"'],
    [['user', 'list', '--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(expect.objectContaining({ name: 'UsageError', message: expect.stringContaining(message) }));
  });
});
