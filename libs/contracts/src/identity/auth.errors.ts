import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of signing in, invitations and roles. */
export const authErrors = {
  invitationLinkInvalid: {
    code: ErrorCode.Unauthenticated,
    message: 'This invitation link is not valid',
  },
  invitationWithdrawn: {
    code: ErrorCode.Unauthenticated,
    message: 'This invitation has been withdrawn; ask the organisers for a new link',
  },
  yourInvitationWithdrawn: {
    code: ErrorCode.Unauthenticated,
    message: 'Your invitation has been withdrawn; ask the organisers for a new link',
  },
  notInEvent: { code: ErrorCode.Forbidden, message: 'You are not part of this event' },
  roleRequired: { code: ErrorCode.Forbidden, message: 'Only {{roles}} may do this' },
  demoOff: { code: ErrorCode.NotFound, message: 'Demo mode is off on this server' },
  demoNotSeeded: { code: ErrorCode.NotFound, message: 'The demo programme has not been seeded' },
} as const satisfies ErrorCatalogue;
