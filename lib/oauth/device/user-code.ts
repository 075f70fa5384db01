import { randomInt } from 'node:crypto';

/**
 * User codes (RFC 8628 §6.1): 8 characters from 20 consonants give about 34.5 bits, enough with
 * the 10-minute lifetime and the per-user attempt limit. The alphabet is the one §6.1 suggests:
 * no vowels, so no code spells a word, and no digits, so 0/O and 1/I are never confused when a
 * code is copied from a TV screen.
 */
export const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
export const USER_CODE_LENGTH = 8;

const canonical = new RegExp(`^[${USER_CODE_ALPHABET}]{${USER_CODE_LENGTH}}$`);

/** A new code in its stored form: 8 upper-case letters, no separator. */
export function generateUserCode(): string {
  let code = '';
  // randomInt is unbiased, unlike a random byte taken modulo 20.
  for (let index = 0; index < USER_CODE_LENGTH; index += 1) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return code;
}

/**
 * What a person typed, in stored form, or null when it cannot be a code. Case, the dash and
 * spaces are ignored because people copy the code as they see it, or as they think they see it.
 */
export function normalizeUserCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return canonical.test(code) ? code : null;
}

/** The code as shown to people: XXXX-XXXX. */
export function formatUserCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
