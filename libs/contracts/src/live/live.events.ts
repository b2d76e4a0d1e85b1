import type {
  AddPlanComment,
  CreatePlan,
  PlanComment,
  PlanDetail,
  PlanEventRef,
  PlanList,
  PlanRef,
  PlanSection,
  PlanSessionRef,
  PlanTemplate,
  ResolvePlanConflict,
  ReviewPlan,
  SavePlanSection,
  SavePlanSectionResult,
  ShowPlan,
  ShownPlan,
} from '../action-plans/action-plans.schemas';
import type { AttendanceNow, WatchAttendance } from '../attendance/attendance.schemas';
import type {
  CheckInCounts,
  CheckInResult,
  CheckInScan,
  UndoCheckIn,
  WatchCounts,
} from '../checkin/checkin.schemas';
import type {
  AssignBreakout,
  AutoAssignBreakout,
  BreakoutActivity,
  BreakoutRoomHere,
  BreakoutBroadcast,
  BreakoutChatMessage,
  BreakoutHelp,
  BreakoutNotesText,
  BreakoutNotesUpdate,
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
} from '../breakouts/breakouts.schemas';
import type { AckCallback } from '../api-error';
import type {
  AskQuestion,
  EditQuestion,
  ModerateQuestion,
  QaSettings,
  Question,
  QuestionRef,
  ReplyQuestion,
  UpdateQaSettings,
  VoteQuestion,
  VoteResult,
  VoteTotals,
} from '../interaction/qa.schemas';
import type {
  ChatMessage,
  DeleteChat,
  Mute,
  ReactionBurst,
  SendChat,
  SendReaction,
} from '../interaction/chat.schemas';
import type {
  AnswerPoll,
  CreatePoll,
  Poll,
  PollAnswer,
  PollRef,
  PollResults,
  ShowPoll,
} from '../interaction/polls.schemas';
import type {
  HandQueue,
  LowerHand,
  MyHand,
  PresenceCounts,
  RaiseHand,
  SessionState,
} from '../interaction/session-state.schemas';
import type {
  ActiveSpeaker,
  Consume,
  ConsumerLayers,
  ConsumerOptionsWire,
  ConsumerRef,
  ConsumerScore,
  ConnectTransport,
  CreateTransport,
  JoinedMedia,
  JoinMedia,
  MediaProducer,
  MediaPublishers,
  MediaReset,
  MediaSessionRef,
  MuteProducer,
  Produce,
  ProducerRef,
  ProducerState,
  Stage,
  StageChange,
  TransportOptionsWire,
} from '../media/media.schemas';
import type { SessionChanged, SessionDeleted } from '../programme/agenda.schemas';
import type { AccessRevoked } from '../programme/people.schemas';
import type {
  Announcement,
  CreateAnnouncement,
  JoinedSession,
  JoinSession,
  ServerShutdown,
} from './live.schemas';

/** Events a client may send on the live namespace. Every one is acknowledged. */
export interface LiveClientToServerEvents {
  'session:presence.join': (payload: JoinSession, ack: AckCallback<JoinedSession>) => void;
  'session:presence.leave': (payload: JoinSession, ack: AckCallback<JoinSession>) => void;
  /** The session as it stands, for this viewer: after a join, a reconnect or a reload. */
  'session:state.get': (payload: JoinSession, ack: AckCallback<SessionState>) => void;
  'qa:question.ask': (payload: AskQuestion, ack: AckCallback<Question>) => void;
  /** The author, until the question is approved. */
  'qa:question.edit': (payload: EditQuestion, ack: AckCallback<Question>) => void;
  'qa:question.withdraw': (payload: QuestionRef, ack: AckCallback<Question>) => void;
  'qa:question.vote': (payload: VoteQuestion, ack: AckCallback<VoteResult>) => void;
  /** Staff only (organiser, moderator, facilitator). */
  'qa:question.moderate': (payload: ModerateQuestion, ack: AckCallback<Question>) => void;
  'qa:question.reply': (payload: ReplyQuestion, ack: AckCallback<Question>) => void;
  'qa:settings.update': (payload: UpdateQaSettings, ack: AckCallback<QaSettings>) => void;
  'hand:raise': (payload: RaiseHand, ack: AckCallback<MyHand>) => void;
  /** Staff only. */
  'poll:create': (payload: CreatePoll, ack: AckCallback<Poll>) => void;
  'poll:open': (payload: PollRef, ack: AckCallback<Poll>) => void;
  'poll:close': (payload: PollRef, ack: AckCallback<Poll>) => void;
  /** Staff: this poll on the room display, or off it. */
  'poll:show': (payload: ShowPoll, ack: AckCallback<Poll>) => void;
  'poll:answer': (payload: AnswerPoll, ack: AckCallback<PollAnswer>) => void;
  'chat:message.send': (payload: SendChat, ack: AckCallback<ChatMessage>) => void;
  /** Staff only. */
  'chat:message.delete': (payload: DeleteChat, ack: AckCallback<DeleteChat>) => void;
  /** Staff only. */
  'chat:mute': (payload: Mute, ack: AckCallback<Mute>) => void;
  'reaction:send': (payload: SendReaction, ack: AckCallback<null>) => void;
  /** Staff only. */
  'hand:lower': (payload: LowerHand, ack: AckCallback<HandQueue>) => void;
  'event:announcement.create': (
    payload: CreateAnnouncement,
    ack: AckCallback<Announcement>,
  ) => void;
  /** Staff only (organiser, facilitator). */
  'checkin:scan.record': (payload: CheckInScan, ack: AckCallback<CheckInResult>) => void;
  'checkin:scan.undo': (payload: UndoCheckIn, ack: AckCallback<CheckInResult>) => void;
  /** Staff only: join the event's staff room, and get the counts now. */
  'checkin:counts.watch': (payload: WatchCounts, ack: AckCallback<CheckInCounts>) => void;
  /** Organisers: join the event's staff room, and get who follows its sessions now. */
  'attendance:now.watch': (payload: WatchAttendance, ack: AckCallback<AttendanceNow>) => void;
  /** Media: join a session's media room (watching), or leave it. */
  'media:join': (payload: JoinMedia, ack: AckCallback<JoinedMedia>) => void;
  'media:leave': (payload: MediaSessionRef, ack: AckCallback<MediaSessionRef>) => void;
  /** A send transport only for someone who may publish. */
  'media:transport.create': (
    payload: CreateTransport,
    ack: AckCallback<TransportOptionsWire>,
  ) => void;
  'media:transport.connect': (payload: ConnectTransport, ack: AckCallback<null>) => void;
  /** Speakers, staff, room devices and participants invited to the stage. */
  'media:produce': (payload: Produce, ack: AckCallback<{ producerId: string }>) => void;
  'media:producer.pause': (payload: ProducerRef, ack: AckCallback<ProducerState>) => void;
  'media:producer.resume': (payload: ProducerRef, ack: AckCallback<ProducerState>) => void;
  'media:producer.close': (payload: ProducerRef, ack: AckCallback<ProducerRef>) => void;
  'media:consume': (payload: Consume, ack: AckCallback<ConsumerOptionsWire>) => void;
  'media:consumer.resume': (payload: ConsumerRef, ack: AckCallback<null>) => void;
  'media:consumer.pause': (payload: ConsumerRef, ack: AckCallback<null>) => void;
  'media:consumer.layers': (payload: ConsumerLayers, ack: AckCallback<null>) => void;
  /** Who was invited to the stage; to anyone in the event. */
  'media:stage.get': (payload: MediaSessionRef, ack: AckCallback<Stage>) => void;
  /** Staff only. */
  'media:stage.invite': (payload: StageChange, ack: AckCallback<Stage>) => void;
  'media:stage.remove': (payload: StageChange, ack: AckCallback<Stage>) => void;
  /** Staff only: pauses someone's microphone or camera; only its owner can turn it back on. */
  'media:mute': (payload: MuteProducer, ack: AckCallback<ProducerState>) => void;
  /**
   * Staff: what the session publishes now, then its changes (producer added, removed, paused),
   * without joining its media: the console mutes from here.
   */
  'media:publishers.watch': (payload: MediaSessionRef, ack: AckCallback<MediaPublishers>) => void;
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
  /** Action plans: the template, to anyone in the event; saving it, organisers only. */
  'plan:template.get': (payload: PlanEventRef, ack: AckCallback<PlanTemplate>) => void;
  'plan:template.save': (payload: PlanTemplate, ack: AckCallback<PlanTemplate>) => void;
  /** The plans this viewer may read; staff then follow every plan's changes. */
  'plan:list': (payload: PlanEventRef, ack: AckCallback<PlanList>) => void;
  /** Participants: their own plan, or their delegation's. */
  'plan:create': (payload: CreatePlan, ack: AckCallback<PlanDetail>) => void;
  'plan:open': (payload: PlanRef, ack: AckCallback<PlanDetail>) => void;
  'plan:close': (payload: PlanRef, ack: AckCallback<PlanRef>) => void;
  /** The plan's authors, while it is a draft or changes were asked for. */
  'plan:section.save': (payload: SavePlanSection, ack: AckCallback<SavePlanSectionResult>) => void;
  'plan:conflict.resolve': (payload: ResolvePlanConflict, ack: AckCallback<PlanDetail>) => void;
  'plan:submit': (payload: PlanRef, ack: AckCallback<PlanDetail>) => void;
  /** Staff only. */
  'plan:review': (payload: ReviewPlan, ack: AckCallback<PlanDetail>) => void;
  'plan:comment.add': (payload: AddPlanComment, ack: AckCallback<PlanComment>) => void;
  /** Staff only: the plan on the session's room display. */
  'plan:show': (payload: ShowPlan, ack: AckCallback<ShownPlan>) => void;
  'plan:shown.get': (payload: PlanSessionRef, ack: AckCallback<ShownPlan>) => void;
}

/** Events the server sends on the live namespace. */
export interface LiveServerToClientEvents {
  'event:announcement.created': (announcement: Announcement) => void;
  'system:server.shutdown': (payload: ServerShutdown) => void;
  /** Sent just before the server disconnects a socket whose invitation was revoked. */
  'system:access.revoked': (payload: AccessRevoked) => void;
  /** To staff watching the event, at most a few times a second however fast scans arrive. */
  'checkin:counts.updated': (payload: CheckInCounts) => void;
  /**
   * To whoever recorded an admission that an earlier scan, uploaded late by an offline device,
   * has taken over: it is now a duplicate.
   */
  'checkin:scan.overturned': (payload: CheckInResult) => void;
  'agenda:session.changed': (payload: SessionChanged) => void;
  'agenda:session.deleted': (payload: SessionDeleted) => void;
  /**
   * A question appeared or changed. Staff get it in full; others get it without the author of
   * an anonymous question, and only once it is approved.
   */
  'qa:question.changed': (payload: Question) => void;
  /** Current vote totals, at most a few times a second however fast votes arrive. */
  'qa:votes.updated': (payload: VoteTotals) => void;
  'qa:settings.changed': (payload: { sessionId: string; settings: QaSettings }) => void;
  /** To the session's staff. */
  'hand:queue.changed': (payload: HandQueue) => void;
  /** To the person, on all their devices. */
  'hand:mine.changed': (payload: MyHand) => void;
  /** To the session's staff, at a bounded rate. */
  'session:presence.counts': (payload: PresenceCounts) => void;
  /** A poll was created (staff only while a draft), opened or closed. */
  'poll:changed': (payload: Poll) => void;
  /** Current tallies, at a bounded rate; to everyone only when the poll's results are public. */
  'poll:results': (payload: PollResults) => void;
  'chat:message.created': (payload: ChatMessage) => void;
  'chat:message.deleted': (payload: DeleteChat) => void;
  /** To the person muted or unmuted, and to the session's staff. */
  'chat:mute.changed': (payload: Mute & { name: string }) => void;
  'reaction:burst': (payload: ReactionBurst) => void;
  /** To the event's staff, at a bounded rate, when someone starts or stops following a session. */
  'attendance:now.updated': (payload: AttendanceNow) => void;
  /** To the session's media room on this API node: a track to consume, or one that ended. */
  'media:producer.added': (payload: MediaProducer & { sessionId: string }) => void;
  'media:producer.removed': (payload: ProducerRef) => void;
  'media:producer.state': (payload: ProducerState) => void;
  /** To the consumer's socket: its producer ended, or the server closed it. */
  'media:consumer.closed': (payload: ConsumerRef) => void;
  'media:consumer.score': (payload: ConsumerScore) => void;
  'media:speaker': (payload: ActiveSpeaker) => void;
  'media:stage.changed': (payload: Stage) => void;
  'media:reset': (payload: MediaReset) => void;
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
  'plan:template.changed': (payload: PlanTemplate) => void;
  /** To a plan's open pages and the staff overview: read it again. */
  'plan:updated': (payload: PlanRef) => void;
  /** To a plan's open pages: a co-author's section, as saved. */
  'plan:section.saved': (payload: { planId: string; section: PlanSection }) => void;
  'plan:shown.changed': (payload: ShowPlan) => void;
}

export type LiveClientEvent = keyof LiveClientToServerEvents;
export type LiveServerEvent = keyof LiveServerToClientEvents;
export type LivePayload<E extends LiveServerEvent> = Parameters<LiveServerToClientEvents[E]>[0];
/** What a client sends with `E`. */
export type LivePayloadIn<E extends LiveClientEvent> = Parameters<LiveClientToServerEvents[E]>[0];
/** What the acknowledgement of `E` carries when it succeeds. */
export type LiveAckData<E extends LiveClientEvent> =
  Parameters<LiveClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
