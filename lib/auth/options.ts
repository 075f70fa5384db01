import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../db/client';
import { emailSchema } from '../users/schema';
import { verifyPassword } from './password';
import type { Role } from '../users/schema';

async function authorizeCredentials(credentials: Record<string, string> | undefined) {
  const email = emailSchema.safeParse(credentials?.email ?? '');
  const password = credentials?.password ?? '';
  const db = await getDb();
  const user = email.success
    ? await db.user.findUnique({ where: { email: email.data }, omit: { passwordHash: false } })
    : null;
  // Verify even for unknown or disabled accounts, so every refusal takes the same time and says the same.
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export const authOptions: NextAuthOptions = {
  // Read at request time: the server resolves the secret at start and sets it before serving.
  get secret() {
    return process.env.NEXTAUTH_SECRET;
  },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: Role }).role;
        // When the user last proved who they are: ID tokens carry it, prompt=login and max_age judge it.
        token.authTime = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? '';
        session.user.role = token.role as Role;
        session.user.authTime = token.authTime ?? null;
      }
      return session;
    },
  },
};
