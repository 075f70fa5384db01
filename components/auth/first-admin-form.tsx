'use client';

import { createFirstAdminAction } from '@/app/setup/actions';
import { NewAccountForm } from './new-account-form';

export function FirstAdminForm() {
  return <NewAccountForm submitLabel="Create admin account" create={createFirstAdminAction} landing="/console" />;
}
