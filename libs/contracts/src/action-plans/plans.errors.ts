import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of action plans. */
export const plansErrors = {
  planNotFound: { code: ErrorCode.NotFound, message: 'There is no such action plan' },
  planNotInEvent: { code: ErrorCode.NotFound, message: 'There is no such plan in this event' },
  sectionNotFound: { code: ErrorCode.NotFound, message: 'This plan has no such section' },
  onlyParticipantsWrite: {
    code: ErrorCode.Forbidden,
    message: 'Participants write action plans; staff review them',
  },
  idTaken: { code: ErrorCode.Conflict, message: 'This id is taken' },
  editIdTaken: { code: ErrorCode.Conflict, message: 'This edit id is taken' },
  onlyAuthorsEdit: {
    code: ErrorCode.Forbidden,
    message: 'Only the plan’s authors edit it; reviewers comment',
  },
  onlyAuthors: { code: ErrorCode.Forbidden, message: 'Only the plan’s authors do this' },
  onlyAuthorsSubmit: { code: ErrorCode.Forbidden, message: 'Only the plan’s authors submit it' },
  onlyAuthorsAndReviewersComment: {
    code: ErrorCode.Forbidden,
    message: 'Only the plan’s authors and its reviewers comment on it',
  },
  onlyStaffReview: {
    code: ErrorCode.Forbidden,
    message: 'Facilitators and organisers review plans',
  },
  planNotPublic: {
    code: ErrorCode.Forbidden,
    message:
      'This plan is for its authors and the facilitators until the organisers make plans public',
  },
  planAccepted: { code: ErrorCode.Conflict, message: 'This plan has been accepted' },
  planWithReviewers: {
    code: ErrorCode.Conflict,
    message: 'This plan is with the reviewers; it can be edited again when they ask for changes',
  },
  planNotSubmitted: { code: ErrorCode.Conflict, message: 'Only a submitted plan can be reviewed' },
  planMovedMeanwhile: {
    code: ErrorCode.Conflict,
    message: 'Someone else moved this plan on first',
  },
} as const satisfies ErrorCatalogue;
