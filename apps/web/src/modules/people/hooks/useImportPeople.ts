import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshPeople } from '../api/peopleCache';
import { applyImport, previewImport } from '../api/peopleApi';

export function usePreviewImport(eventId: string) {
  return useMutation({ mutationFn: (csv: string) => previewImport(eventId, csv) });
}

export function useApplyImport(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => applyImport(eventId, csv),
    onSuccess: () => refreshPeople(queryClient, eventId),
  });
}
