import { type ImportEventBody } from '@hadir/contracts';
import { useMutation } from '@tanstack/react-query';
import { importEvent } from '../api/eventTransferApi';

/**
 * The importer organises the new event as a person of that event, with a sign-in of its own: this
 * session's data stays as it is.
 */
export function useImportEvent() {
  return useMutation({ mutationFn: (body: ImportEventBody) => importEvent(body) });
}
