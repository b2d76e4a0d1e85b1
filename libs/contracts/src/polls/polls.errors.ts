import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of a session's polls. */
export const pollsErrors = {
  pollNotFound: { code: ErrorCode.NotFound, message: 'There is no such poll in this session' },
  idTaken: { code: ErrorCode.Conflict, message: 'This poll id is taken' },
  notOpen: { code: ErrorCode.Conflict, message: 'This poll is not open' },
  closeNotOpen: { code: ErrorCode.Conflict, message: 'Only an open poll can be closed' },
  showDraft: { code: ErrorCode.Conflict, message: 'Open the poll before showing it' },
  answeredAlready: { code: ErrorCode.Conflict, message: 'You have answered this poll already' },
  // Why an answer does not fit its poll: the domain's `readAnswer` refusals.
  noOptionChosen: { code: ErrorCode.ValidationFailed, message: 'Choose an option' },
  optionNotInPoll: { code: ErrorCode.ValidationFailed, message: 'That option is not in this poll' },
  severalOptionsChosen: { code: ErrorCode.ValidationFailed, message: 'Choose one option' },
  ratingOutOfScale: {
    code: ErrorCode.ValidationFailed,
    message: 'Choose a rating from 1 to {{max}}',
  },
  noWords: { code: ErrorCode.ValidationFailed, message: 'Write a word or two' },
  wordsTooLong: { code: ErrorCode.ValidationFailed, message: 'At most {{max}} characters' },
  noAnswerText: { code: ErrorCode.ValidationFailed, message: 'Write an answer' },
} as const satisfies ErrorCatalogue;
