import type { AckCallback } from '../api-error';
import type {
  AssignBreakout,
  AutoAssignBreakout,
  BreakoutActivity,
  BreakoutBroadcast,
  BreakoutChatMessage,
  BreakoutHelp,
  BreakoutNotesText,
  BreakoutNotesUpdate,
  BreakoutRoomHere,
  BreakoutRoomRef,
  BreakoutRoomState,
  BreakoutSessionRef,
  BreakoutSet,
  BreakoutSetRef,
  BreakoutState,
  BroadcastBreakout,
  ChooseBreakoutRoom,
  CloseBreakout,
  EnterBreakoutRoom,
  ExtendBreakout,
  OpenBreakout,
  ReuseBreakout,
  SaveBreakoutSet,
  SendBreakoutChat,
  ShowBreakoutNotes,
} from './breakouts.schemas';

export interface BreakoutsClientEvents {
  /** The session's breakout sets: staff see drafts too. */
  'breakout:state.get': (payload: BreakoutSessionRef, ack: AckCallback<BreakoutState>) => void;
  /** Staff only, from here to `breakout:notes.show`, except where said. */
  'breakout:set.save': (payload: SaveBreakoutSet, ack: AckCallback<BreakoutSet>) => void;
  'breakout:set.delete': (payload: BreakoutSetRef, ack: AckCallback<BreakoutSetRef>) => void;
  'breakout:assign': (payload: AssignBreakout, ack: AckCallback<BreakoutSet>) => void;
  'breakout:assign.auto': (payload: AutoAssignBreakout, ack: AckCallback<BreakoutSet>) => void;
  'breakout:assign.reuse': (payload: ReuseBreakout, ack: AckCallback<BreakoutSet>) => void;
  /** Participants, when the set lets them choose. */
  'breakout:room.choose': (payload: ChooseBreakoutRoom, ack: AckCallback<BreakoutSet>) => void;
  'breakout:open': (payload: OpenBreakout, ack: AckCallback<BreakoutSet>) => void;
  'breakout:extend': (payload: ExtendBreakout, ack: AckCallback<BreakoutSet>) => void;
  'breakout:close': (payload: CloseBreakout, ack: AckCallback<BreakoutSet>) => void;
  'breakout:broadcast': (payload: BroadcastBreakout, ack: AckCallback<BreakoutBroadcast>) => void;
  /** A room's members (and staff, answering). */
  'breakout:help': (payload: BreakoutHelp, ack: AckCallback<BreakoutSet>) => void;
  'breakout:notes.show': (payload: ShowBreakoutNotes, ack: AckCallback<BreakoutSet>) => void;
  /** A room's members while it runs, and the session's staff, from here on. */
  'breakout:room.enter': (payload: EnterBreakoutRoom, ack: AckCallback<BreakoutRoomState>) => void;
  'breakout:room.leave': (payload: BreakoutRoomRef, ack: AckCallback<BreakoutRoomRef>) => void;
  'breakout:chat.send': (payload: SendBreakoutChat, ack: AckCallback<BreakoutChatMessage>) => void;
  'breakout:notes.update': (payload: BreakoutNotesUpdate, ack: AckCallback<null>) => void;
  /** Also anyone in the event, for the notes shown on the display. */
  'breakout:notes.get': (payload: BreakoutRoomRef, ack: AckCallback<BreakoutNotesText>) => void;
  /** Staff: who is where, and what each room has done; then pushed as it changes. */
  'breakout:activity.watch': (payload: BreakoutSetRef, ack: AckCallback<BreakoutActivity>) => void;
}

export interface BreakoutsServerEvents {
  /** A set changed: to the session's staff while a draft, then to the whole session. */
  'breakout:set.changed': (payload: BreakoutSet) => void;
  'breakout:set.deleted': (payload: BreakoutSetRef & { sessionId: string }) => void;
  /** Staff's message to every room of a set. */
  'breakout:broadcast': (payload: BreakoutBroadcast) => void;
  'breakout:chat.message': (payload: BreakoutChatMessage) => void;
  /** Someone else's edit of the room's notes. */
  'breakout:notes.updated': (payload: BreakoutNotesUpdate) => void;
  /** To the session's staff, at a bounded rate. */
  'breakout:activity': (payload: BreakoutActivity) => void;
  /** To a room's members as people come and go (at most once a second): who has it open. */
  'breakout:room.here': (payload: BreakoutRoomHere) => void;
  /**
   * The notes of the room shown on the display, to everyone the set reaches: when staff show it,
   * then at a bounded rate while its members write.
   */
  'breakout:notes.shown': (payload: BreakoutNotesText & { sessionId: string }) => void;
}
