import { type EventSummary } from '@hadir/contracts';
import { useMutation } from '@tanstack/react-query';
import { fetchEventExport } from '../api/eventTransferApi';
import { downloadJson } from '../lib/downloadJson';
import { exportFileName } from '../lib/importForm';

/** Fetches the event as a file and hands it to the browser's downloads. */
export function useExportEvent(event: EventSummary) {
  return useMutation({
    mutationFn: async () => {
      const file = await fetchEventExport(event.id);
      downloadJson(exportFileName(event), file);
    },
  });
}
