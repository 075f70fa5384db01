import type { DefaultSession } from 'next-auth';
import type { Role } from '@/lib/users/schema';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string; role: Role; authTime: number | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    authTime?: number;
  }
}
