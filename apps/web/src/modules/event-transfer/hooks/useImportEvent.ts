import { type ImportEventBody } from '@hadir/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { importEvent } from '../api/eventTransferApi';

export function useImportEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportEventBody) => importEvent(body),
    // The importer now organises the new event: it belongs in their events, and their roles
    // (which open its organiser area) include it. `exact` spares every other event's data.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.events, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]),
  });
}
