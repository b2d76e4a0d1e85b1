import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of managing an event's people and their invitations. */
export const peopleErrors = {
  idTaken: { code: ErrorCode.Conflict, message: 'This id is taken; add the person again' },
  alreadyInEvent: { code: ErrorCode.Conflict, message: '{{email}} is already in this event' },
  emailTaken: { code: ErrorCode.Conflict, message: 'This e-mail address belongs to someone else' },
  lastOrganiser: { code: ErrorCode.Conflict, message: 'The event needs at least one organiser' },
  unreadableFile: { code: ErrorCode.ValidationFailed, message: '{{problem}}' },
  otherEvent: { code: ErrorCode.Forbidden, message: 'This person belongs to another event' },
  noActiveInvitation: {
    code: ErrorCode.NotFound,
    message: 'This person has no active invitation; issue one',
  },
  nothingToRevoke: { code: ErrorCode.NotFound, message: 'This person has no active invitation' },
  ownInvitation: { code: ErrorCode.Conflict, message: 'You cannot revoke your own invitation' },
} as const satisfies ErrorCatalogue;
