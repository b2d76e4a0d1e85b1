import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of events, their agenda and their transfer between servers. */
export const eventsErrors = {
  eventNotFound: { code: ErrorCode.NotFound, message: 'There is no such event' },
  sessionNotFound: { code: ErrorCode.NotFound, message: 'There is no such session' },
  sessionNotInEvent: {
    code: ErrorCode.NotFound,
    message: 'There is no such session in this event',
  },
  personNotInEvent: { code: ErrorCode.NotFound, message: 'There is no such person in this event' },
  sessionIdTaken: { code: ErrorCode.Conflict, message: 'This id is already used' },
  dayOutsideEvent: { code: ErrorCode.ValidationFailed, message: 'The day is outside the event' },
  sessionClash: { code: ErrorCode.Conflict, message: 'This clashes with another session' },
  peopleNotInEvent: {
    code: ErrorCode.ValidationFailed,
    message: 'Some people are not in this event',
  },
  onlyOrganisersCreateEvents: {
    code: ErrorCode.Forbidden,
    message: 'Only organisers may create events',
  },
  shortNameTaken: { code: ErrorCode.Conflict, message: 'This short name is taken' },
  sessionAfterLastDay: {
    code: ErrorCode.ValidationFailed,
    message: 'A session falls after the last day',
  },
} as const satisfies ErrorCatalogue;
