import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of evaluation forms and their answers. */
export const evaluationErrors = {
  formNotFound: { code: ErrorCode.NotFound, message: 'This event has no such evaluation form' },
  formAnswered: {
    code: ErrorCode.Conflict,
    message:
      'People have answered this form: its questions and anonymity can no longer change (close it and make a new one next time)',
  },
  formNotOpen: { code: ErrorCode.Conflict, message: 'This form is not open for answers' },
  sessionNotEnded: {
    code: ErrorCode.Conflict,
    message: 'Feedback on a session opens when the session ends',
  },
  sessionRequired: {
    code: ErrorCode.ValidationFailed,
    message: 'Say which session this feedback is about',
  },
  noSessionForProgramme: {
    code: ErrorCode.ValidationFailed,
    message: 'The programme evaluation is about the whole programme, not one session',
  },
  alreadyAnswered: { code: ErrorCode.Conflict, message: 'You have already answered this form' },
  answerRequired: { code: ErrorCode.ValidationFailed, message: 'Answer “{{prompt}}”' },
  unknownQuestion: { code: ErrorCode.ValidationFailed, message: 'This form has no such question' },
  ratingExpected: {
    code: ErrorCode.ValidationFailed,
    message: '“{{prompt}}” needs a rating from 1 to 5',
  },
  textExpected: {
    code: ErrorCode.ValidationFailed,
    message: '“{{prompt}}” needs a written answer',
  },
  participantsOnly: {
    code: ErrorCode.Forbidden,
    message: 'Evaluation forms are answered by the participants',
  },
} as const satisfies ErrorCatalogue;
