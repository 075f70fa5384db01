'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { clientKeys } from '@/lib/console/client-queries';

/** After a change: re-render this page from the server and drop cached lists that may now be wrong. */
export function useRefreshAfterChange() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    router.refresh();
  }, [queryClient, router]);
}
