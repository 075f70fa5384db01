import type { Role } from '@/lib/users/schema';

export interface NavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

/** The console's sections; the server checks each page's role again, the menu only hides links. */
export const navItems: readonly NavItem[] = [
  { href: '/console/dashboard', label: 'Dashboard', roles: ['admin', 'developer'] },
  { href: '/console/clients', label: 'Clients', roles: ['admin', 'developer'] },
  { href: '/console/initial-access-tokens', label: 'Initial access tokens', roles: ['admin'] },
  { href: '/console/users', label: 'Users', roles: ['admin'] },
  { href: '/console/audit', label: 'Audit log', roles: ['admin'] },
  { href: '/console/settings', label: 'Settings', roles: ['admin'] },
  { href: '/console/rules', label: 'Rule reference', roles: ['admin', 'developer'] },
];
