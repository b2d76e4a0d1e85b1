import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures at the door: scans, check-ins and room devices. */
export const checkinErrors = {
  scanOfOtherEvent: {
    code: ErrorCode.ValidationFailed,
    message: 'Every scan must be for this event',
  },
  scanIdTaken: { code: ErrorCode.Conflict, message: 'This scan id is taken' },
  checkInNotFound: { code: ErrorCode.NotFound, message: 'There is no such check-in' },
  notUndoable: {
    code: ErrorCode.Conflict,
    message: 'Only a standing admission or check-out can be undone',
  },
} as const satisfies ErrorCatalogue;
