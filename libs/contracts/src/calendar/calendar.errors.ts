import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of calendar links. */
export const calendarErrors = {
  feedTurnedOff: {
    code: ErrorCode.NotFound,
    message: 'This calendar link was turned off; make a new one in Hadir',
  },
  feedIdTaken: { code: ErrorCode.Conflict, message: 'This id is already used by another link' },
} as const satisfies ErrorCatalogue;
