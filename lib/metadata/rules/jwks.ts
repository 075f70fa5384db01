import { privateJwkMembers, requiredJwkMembers } from '../algorithms';
import { isRecord } from '../read';
import { defineRule, type Rule } from '../rule';
import { specs } from '../specs';
import type { Subject } from '../subject';
import type { MetadataDraft } from '../types';

type Jwk = Record<string, unknown>;

function keysOf(subject: Subject): readonly Jwk[] {
  return subject.metadata.jwks?.keys ?? [];
}

const keyPath = (index: number) => `jwks.keys[${index}]`;
const isSymmetric = (key: Jwk) => key.kty === 'oct';
const hasMember = (key: Jwk, member: string) => Object.hasOwn(key, member);

/** Applies a change to the key list of a submitted JWK Set, leaving anything else untouched. */
function editKeys(draft: MetadataDraft, edit: (keys: unknown[]) => unknown[]): MetadataDraft {
  const jwks = draft.jwks;
  if (isRecord(jwks) && Array.isArray(jwks.keys)) draft.jwks = { ...jwks, keys: edit(jwks.keys) };
  return draft;
}

function withoutPrivateMembers(key: unknown): unknown {
  if (!isRecord(key) || isSymmetric(key)) return key;
  const copy: Jwk = { ...key };
  for (const member of privateJwkMembers) delete copy[member];
  return copy;
}

interface BadKey {
  readonly index: number;
  readonly problem: string;
}

function describeKeyProblem(key: Jwk): { members: string[]; problem: string } | undefined {
  const kty = key.kty;
  if (typeof kty !== 'string') return { members: ['kty'], problem: 'has no kty (key type)' };
  if (isSymmetric(key)) return undefined;
  const required = requiredJwkMembers[kty];
  if (!required) return { members: ['kty'], problem: `has the unknown key type "${kty}"; use RSA, EC or OKP` };
  const missing = required.filter((member) => typeof key[member] !== 'string' || key[member] === '');
  return missing.length > 0 ? { members: missing, problem: `is an ${kty} key without ${missing.join(', ')}` } : undefined;
}

export const jwksRules: readonly Rule[] = [
  defineRule<BadKey>({
    id: 'jwk-invalid',
    severity: 'error',
    summary: 'Every key in jwks has a known kty and the public members that key type requires.',
    fields: ['jwks.keys[]'],
    spec: specs.jwaKeyParameters,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      keysOf(subject).flatMap((key, index) => {
        const issue = describeKeyProblem(key);
        return issue
          ? [{ fields: issue.members.map((member) => `${keyPath(index)}.${member}`), details: { index, problem: issue.problem } }]
          : [];
      }),
    message: ({ index, problem }) => `Key ${index} in jwks ${problem}.`,
  }),
  defineRule<{ index: number; members: readonly string[] }>({
    id: 'jwk-private-material',
    severity: 'error',
    summary: 'jwks holds public keys only: no d, p, q, dp, dq, qi or oth members.',
    fields: ['jwks.keys[]'],
    spec: specs.jwkSet,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      keysOf(subject).flatMap((key, index) => {
        if (isSymmetric(key)) return [];
        const members = privateJwkMembers.filter((member) => hasMember(key, member));
        return members.length > 0
          ? [{ fields: members.map((member) => `${keyPath(index)}.${member}`), details: { index, members } }]
          : [];
      }),
    message: ({ index, members }) =>
      `Key ${index} in jwks contains private key material (${members.join(', ')}). Register only the public key; ` +
      'the private key must never leave the client, so replace this key pair.',
    fix: { label: 'Strip the private members', apply: (draft) => editKeys(draft, (keys) => keys.map(withoutPrivateMembers)) },
  }),
  defineRule<number>({
    id: 'jwk-symmetric',
    severity: 'error',
    summary: 'jwks holds no symmetric (oct) keys.',
    fields: ['jwks.keys[]'],
    spec: specs.jwkSet,
    oauthError: 'invalid_client_metadata',
    check: (subject) =>
      keysOf(subject).flatMap((key, index) => (isSymmetric(key) ? [{ fields: [keyPath(index)], details: index }] : [])),
    message: (index) =>
      `Key ${index} in jwks is a symmetric (oct) key: publishing it hands out the secret itself. ` +
      'Use client_secret_jwt for shared secrets, or register an asymmetric public key.',
    fix: {
      label: 'Remove symmetric keys',
      apply: (draft) => editKeys(draft, (keys) => keys.filter((key) => !(isRecord(key) && isSymmetric(key)))),
    },
  }),
];
