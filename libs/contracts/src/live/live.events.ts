import type { AckCallback } from '../api-error';
import type { ActionPlansClientEvents } from '../action-plans/action-plans.events';
import type { ActionPlansServerEvents } from '../action-plans/action-plans.events';
import type { AnnouncementsClientEvents } from '../announcements/announcements.events';
import type { AnnouncementsServerEvents } from '../announcements/announcements.events';
import type { AttendanceClientEvents } from '../attendance/attendance.events';
import type { AttendanceServerEvents } from '../attendance/attendance.events';
import type { BreakoutsClientEvents } from '../breakouts/breakouts.events';
import type { BreakoutsServerEvents } from '../breakouts/breakouts.events';
import type { ChatClientEvents } from '../chat/chat.events';
import type { ChatServerEvents } from '../chat/chat.events';
import type { CheckInClientEvents } from '../checkin/checkin.events';
import type { CheckInServerEvents } from '../checkin/checkin.events';
import type { AgendaServerEvents } from '../events/agenda.events';
import type { EvaluationClientEvents } from '../evaluation/evaluation.events';
import type { EvaluationServerEvents } from '../evaluation/evaluation.events';
import type { HandsClientEvents } from '../hands/hands.events';
import type { HandsServerEvents } from '../hands/hands.events';
import type { MediaClientEvents } from '../media/media.events';
import type { MediaServerEvents } from '../media/media.events';
import type { PollsClientEvents } from '../polls/polls.events';
import type { PollsServerEvents } from '../polls/polls.events';
import type { QnaClientEvents } from '../qna/qna.events';
import type { QnaServerEvents } from '../qna/qna.events';
import type { SessionClientEvents } from '../session/session.events';
import type { SessionServerEvents } from '../session/session.events';
import type { SystemServerEvents } from './system.events';

/** Events a client may send on the live namespace, each feature's own; every one is acknowledged. */
export interface LiveClientToServerEvents
  extends
    SessionClientEvents,
    QnaClientEvents,
    HandsClientEvents,
    PollsClientEvents,
    ChatClientEvents,
    AnnouncementsClientEvents,
    CheckInClientEvents,
    AttendanceClientEvents,
    MediaClientEvents,
    BreakoutsClientEvents,
    ActionPlansClientEvents,
    EvaluationClientEvents {}

/** Events the server sends on the live namespace. */
export interface LiveServerToClientEvents
  extends
    SessionServerEvents,
    QnaServerEvents,
    HandsServerEvents,
    PollsServerEvents,
    ChatServerEvents,
    AnnouncementsServerEvents,
    CheckInServerEvents,
    AttendanceServerEvents,
    MediaServerEvents,
    BreakoutsServerEvents,
    ActionPlansServerEvents,
    EvaluationServerEvents,
    SystemServerEvents,
    AgendaServerEvents {}

export type LiveClientEvent = keyof LiveClientToServerEvents;
export type LiveServerEvent = keyof LiveServerToClientEvents;
export type LivePayload<E extends LiveServerEvent> = Parameters<LiveServerToClientEvents[E]>[0];
/** What a client sends with `E`. */
export type LivePayloadIn<E extends LiveClientEvent> = Parameters<LiveClientToServerEvents[E]>[0];
/** What the acknowledgement of `E` carries when it succeeds. */
export type LiveAckData<E extends LiveClientEvent> =
  Parameters<LiveClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
