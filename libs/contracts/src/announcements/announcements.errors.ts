import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of announcements. */
export const announcementsErrors = {
  idTaken: { code: ErrorCode.Conflict, message: 'This id is already used by another announcement' },
} as const satisfies ErrorCatalogue;
