import { useMutation, useQueryClient } from '@tanstack/react-query';
import { conferencesQueries } from '../api';

/** A change to a conference: refreshes every query of the feature on success. */
export function useConferenceAction<V>(fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: conferencesQueries.all }) });
}
