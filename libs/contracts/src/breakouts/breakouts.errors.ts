import { ErrorCode, type ErrorCatalogue } from '../common/errors';

/** Failures of breakout rooms. */
export const breakoutsErrors = {
  setNotFound: { code: ErrorCode.NotFound, message: 'There is no such set of breakout rooms' },
  breakoutRoomNotFound: { code: ErrorCode.NotFound, message: 'There is no such breakout room' },
  chosenRoomNotFound: { code: ErrorCode.NotFound, message: 'There is no such room' },
  roomNotInSet: { code: ErrorCode.NotFound, message: 'There is no such room in this set' },
  namedRoomNotInSet: {
    code: ErrorCode.NotFound,
    message: 'A room named here is not in this set',
  },
  personNotInEvent: {
    code: ErrorCode.NotFound,
    message: 'A person named here is not in this event',
  },
  facilitatorNotInEvent: {
    code: ErrorCode.NotFound,
    message: 'A facilitator named here is not in this event',
  },
  reuseSetInvalid: { code: ErrorCode.NotFound, message: 'Choose another set of this event' },
  moderatorsOnly: {
    code: ErrorCode.Forbidden,
    message: 'Only the session’s moderators and facilitators run breakouts',
  },
  staffCannotChoose: {
    code: ErrorCode.Forbidden,
    message: 'Staff do not choose a room: place people from the board, or visit a room',
  },
  assignedByStaff: {
    code: ErrorCode.Forbidden,
    message: 'Rooms in this set are assigned by staff',
  },
  notInRoom: { code: ErrorCode.Forbidden, message: 'You are not in this breakout room' },
  roomNotOpen: { code: ErrorCode.Forbidden, message: 'This breakout room is not open' },
  setIdTaken: { code: ErrorCode.Conflict, message: 'This set id is taken' },
  roomIdTaken: { code: ErrorCode.Conflict, message: 'A room id is taken' },
  messageIdTaken: { code: ErrorCode.Conflict, message: 'This message id is taken' },
  alreadyOpened: {
    code: ErrorCode.Conflict,
    message: 'Rooms can be changed only before they open',
  },
  deleteWhileOpen: { code: ErrorCode.Conflict, message: 'Close the rooms before deleting them' },
  roomFull: { code: ErrorCode.Conflict, message: '{{room}} is full' },
  closedCannotReopen: {
    code: ErrorCode.Conflict,
    message: 'These rooms have closed; prepare a new set',
  },
  otherSetOpen: { code: ErrorCode.Conflict, message: 'Close “{{set}}” first' },
  setClosed: { code: ErrorCode.Conflict, message: 'These rooms have closed' },
  setNotOpen: { code: ErrorCode.Conflict, message: 'These rooms are not open' },
  editUnreadable: { code: ErrorCode.ValidationFailed, message: 'This edit could not be read' },
} as const satisfies ErrorCatalogue;
