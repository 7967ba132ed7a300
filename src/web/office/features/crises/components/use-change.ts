import { useMutation, useQueryClient } from '@tanstack/react-query';
import { crisesQueries } from '../api';
import type { CrisisDetail } from '../api-types';

/** A change to a crisis: every endpoint answers with the whole crisis, which replaces the page's copy. */
export function useCrisisChange<V>(id: string, run: (vars: V) => Promise<CrisisDetail>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (detail) => {
      queryClient.setQueryData(crisesQueries.crisis(id).queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: crisesQueries.all, refetchType: 'none' });
      onDone?.();
    },
  });
}
