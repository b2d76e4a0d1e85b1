import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of attendance and its corrections. */
export const attendanceErrors = {
  correctionIdTaken: { code: ErrorCode.Conflict, message: 'This correction id is taken' },
  correctionNotFound: { code: ErrorCode.NotFound, message: 'There is no such correction' },
  certificateNotFound: {
    code: ErrorCode.NotFound,
    message: 'No certificate has this code: check it against the printed one',
  },
  ownCorrectionsOnly: {
    code: ErrorCode.Forbidden,
    message: 'You can read the corrections of your own attendance only',
  },
} as const satisfies ErrorCatalogue;
