import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of a session's Q&A. */
export const qnaErrors = {
  questionNotFound: {
    code: ErrorCode.NotFound,
    message: 'There is no such question in this session',
  },
  questionIdTaken: { code: ErrorCode.Conflict, message: 'This question id is taken' },
  notOnBoard: { code: ErrorCode.Conflict, message: 'Only questions on the board can be voted on' },
  pendingCannotMove: {
    code: ErrorCode.Conflict,
    message: 'A question that is pending cannot be moved that way',
  },
  approvedCannotMove: {
    code: ErrorCode.Conflict,
    message: 'A question that is approved cannot be moved that way',
  },
  liveCannotMove: {
    code: ErrorCode.Conflict,
    message: 'A question that is live cannot be moved that way',
  },
  answeredCannotMove: {
    code: ErrorCode.Conflict,
    message: 'A question that is answered cannot be moved that way',
  },
  dismissedCannotMove: {
    code: ErrorCode.Conflict,
    message: 'A question that is dismissed cannot be moved that way',
  },
  withdrawnCannotMove: {
    code: ErrorCode.Conflict,
    message: 'A question that is withdrawn cannot be moved that way',
  },
  tooManyQuestions: {
    code: ErrorCode.RateLimited,
    message: 'You can ask {{limit}} questions a minute. Try again in {{seconds}} s.',
  },
  onlyAuthorChanges: {
    code: ErrorCode.Forbidden,
    message: 'Only the person who asked can change a question',
  },
  notPending: {
    code: ErrorCode.Conflict,
    message: 'A question can be changed only while it waits for approval',
  },
} as const satisfies ErrorCatalogue;
