import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';
import { chatTextSchema } from '../chat/chat.schemas';

/*
 * Breakout rooms: a session splits into rooms, each virtual (remote people by video) or a hybrid
 * table in the hall (people at the table, a room device carrying its sound and picture, remote
 * people joining it by video). A set is prepared as a draft, opened, and closed with a grace
 * countdown that brings everyone back to the main session.
 */

export const BREAKOUT_ROOMS_MAX = 50;
export const BREAKOUT_NAME_MAX = 60;
export const BREAKOUT_TOPIC_MAX = 200;
/** Four hours: a breakout longer than that is a session of its own. */
export const BREAKOUT_SECONDS_MAX = 4 * 3600;
export const BREAKOUT_GRACE_SECONDS_MAX = 300;
export const BREAKOUT_DEFAULT_GRACE_SECONDS = 60;
/** A room's shared notes, as a Yjs update, base64: bounded so one edit cannot flood a room. */
export const BREAKOUT_NOTES_UPDATE_MAX = 200_000;
export const BREAKOUT_NOTES_TEXT = 'notes';

export const breakoutKindSchema = z.enum(['virtual', 'hybrid'], {
  message: 'A room is virtual or a hybrid table',
});
export type BreakoutKind = z.infer<typeof breakoutKindSchema>;

export const breakoutStatusSchema = z.enum(['draft', 'open', 'closing', 'closed']);
export type BreakoutStatus = z.infer<typeof breakoutStatusSchema>;

const nameSchema = z
  .string()
  .trim()
  .min(1, 'Give the room a name')
  .max(BREAKOUT_NAME_MAX, `At most ${BREAKOUT_NAME_MAX} characters`);

export const breakoutRoomInputSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    kind: breakoutKindSchema,
    /** Hybrid tables: the label on the table in the hall ("Table 3"). */
    tableLabel: z
      .string()
      .trim()
      .max(BREAKOUT_NAME_MAX, `At most ${BREAKOUT_NAME_MAX} characters`)
      .nullable(),
    facilitatorId: idSchema.nullable(),
    topic: z.string().trim().max(BREAKOUT_TOPIC_MAX, `At most ${BREAKOUT_TOPIC_MAX} characters`),
    capacity: z.number().int().min(1, 'A room holds at least one person').max(500).nullable(),
  })
  .refine((room) => room.kind === 'virtual' || (room.tableLabel ?? '') !== '', {
    message: 'A hybrid room needs the label of its table in the hall',
    path: ['tableLabel'],
  });
export type BreakoutRoomInput = z.infer<typeof breakoutRoomInputSchema>;

/** Creates a draft set, or replaces a draft's rooms; idempotent on the client's set id. */
export const saveBreakoutSetSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  name: nameSchema,
  selfSelect: z.boolean(),
  rooms: z
    .array(breakoutRoomInputSchema)
    .min(1, 'Add at least one room')
    .max(BREAKOUT_ROOMS_MAX, `At most ${BREAKOUT_ROOMS_MAX} rooms`)
    .refine((rooms) => new Set(rooms.map((room) => room.id)).size === rooms.length, {
      message: 'Two rooms share an id',
    }),
});
export type SaveBreakoutSet = z.infer<typeof saveBreakoutSetSchema>;

export const breakoutSetRefSchema = z.object({ setId: idSchema });
export type BreakoutSetRef = z.infer<typeof breakoutSetRefSchema>;

export const breakoutRoomRefSchema = z.object({ roomId: idSchema });
export type BreakoutRoomRef = z.infer<typeof breakoutRoomRefSchema>;

export const assignmentSourceSchema = z.enum(['manual', 'auto', 'self', 'csv', 'reuse']);
export type AssignmentSource = z.infer<typeof assignmentSourceSchema>;

/** Manual moves, a CSV import or a live move: `roomId: null` takes the person out of every room. */
export const assignBreakoutSchema = z.object({
  setId: idSchema,
  source: z.enum(['manual', 'csv']),
  moves: z
    .array(z.object({ personId: idSchema, roomId: idSchema.nullable() }))
    .min(1)
    .max(2000),
});
export type AssignBreakout = z.infer<typeof assignBreakoutSchema>;

export const autoAssignBreakoutSchema = z.object({
  setId: idSchema,
  mixCountries: z.boolean(),
  categories: z.enum(['any', 'together', 'apart']),
  keepInPersonAtTables: z.boolean(),
  /** Leave out participants neither checked in nor following the session now. */
  onlyPresent: z.boolean(),
});
export type AutoAssignBreakout = z.infer<typeof autoAssignBreakoutSchema>;

export const reuseBreakoutSchema = z.object({ setId: idSchema, fromSetId: idSchema });
export type ReuseBreakout = z.infer<typeof reuseBreakoutSchema>;

export const chooseBreakoutRoomSchema = z.object({ setId: idSchema, roomId: idSchema });
export type ChooseBreakoutRoom = z.infer<typeof chooseBreakoutRoomSchema>;

const graceSchema = z
  .number()
  .int()
  .min(0)
  .max(BREAKOUT_GRACE_SECONDS_MAX, `At most ${BREAKOUT_GRACE_SECONDS_MAX / 60} minutes`);

export const openBreakoutSchema = z.object({
  setId: idSchema,
  seconds: z
    .number()
    .int()
    .min(10, 'At least ten seconds')
    .max(BREAKOUT_SECONDS_MAX, `At most ${BREAKOUT_SECONDS_MAX / 3600} hours`),
  /** The warning everyone gets when the time is up, before they are brought back. */
  graceSeconds: graceSchema,
});
export type OpenBreakout = z.infer<typeof openBreakoutSchema>;

export const extendBreakoutSchema = z.object({
  setId: idSchema,
  seconds: z.number().int().min(10).max(3600, 'At most an hour at a time'),
});
export type ExtendBreakout = z.infer<typeof extendBreakoutSchema>;

export const closeBreakoutSchema = z.object({ setId: idSchema, graceSeconds: graceSchema });
export type CloseBreakout = z.infer<typeof closeBreakoutSchema>;

export const broadcastBreakoutSchema = z.object({
  id: idSchema,
  setId: idSchema,
  text: chatTextSchema,
});
export type BroadcastBreakout = z.infer<typeof broadcastBreakoutSchema>;

export const breakoutHelpSchema = z.object({ roomId: idSchema, needed: z.boolean() });
export type BreakoutHelp = z.infer<typeof breakoutHelpSchema>;

export const sendBreakoutChatSchema = z.object({
  id: idSchema,
  roomId: idSchema,
  text: chatTextSchema,
});
export type SendBreakoutChat = z.infer<typeof sendBreakoutChatSchema>;

export const breakoutNotesUpdateSchema = z.object({
  roomId: idSchema,
  update: z
    .string()
    .max(BREAKOUT_NOTES_UPDATE_MAX, 'This edit is too large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'An edit is sent as base64'),
});
export type BreakoutNotesUpdate = z.infer<typeof breakoutNotesUpdateSchema>;

export const showBreakoutNotesSchema = z.object({ setId: idSchema, roomId: idSchema.nullable() });
export type ShowBreakoutNotes = z.infer<typeof showBreakoutNotesSchema>;

export const breakoutSessionRefSchema = z.object({ sessionId: idSchema });
export type BreakoutSessionRef = z.infer<typeof breakoutSessionRefSchema>;

export const breakoutMemberSchema = z.object({
  personId: idSchema,
  name: z.string(),
  country: z.string(),
  category: z.string(),
  /** Checked in at the venue today. */
  inPerson: z.boolean(),
  /** Participants are the ones shared out into rooms; staff visit. */
  participant: z.boolean(),
  /**
   * Has the session open now (from home or in the hall), when the state was read; staff then
   * follow it in `session:presence.counts`.
   */
  following: z.boolean(),
  /** For staff only (matching a CSV import); null for everyone else. */
  email: z.string().nullable(),
});
export type BreakoutMember = z.infer<typeof breakoutMemberSchema>;

export const breakoutRoomSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: breakoutKindSchema,
  tableLabel: z.string().nullable(),
  facilitator: z.object({ id: idSchema, name: z.string() }).nullable(),
  topic: z.string(),
  capacity: z.number().int().nullable(),
  memberIds: z.array(idSchema),
  helpRequestedAt: isoInstantSchema.nullable(),
});
export type BreakoutRoom = z.infer<typeof breakoutRoomSchema>;

export const breakoutSetSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  name: z.string(),
  status: breakoutStatusSchema,
  selfSelect: z.boolean(),
  openedAt: isoInstantSchema.nullable(),
  endsAt: isoInstantSchema.nullable(),
  /** While closing: when everyone is brought back. */
  closesAt: isoInstantSchema.nullable(),
  closedAt: isoInstantSchema.nullable(),
  graceSeconds: z.number().int(),
  rooms: z.array(breakoutRoomSchema),
  /** The room whose notes the session's display shows, if any. */
  shownRoomId: idSchema.nullable(),
  lastBroadcast: z.object({ id: idSchema, text: z.string(), sentAt: isoInstantSchema }).nullable(),
});
export type BreakoutSet = z.infer<typeof breakoutSetSchema>;

/** The session's sets for this viewer: staff see drafts too; everyone sees the people named. */
export const breakoutStateSchema = z.object({
  sessionId: idSchema,
  staff: z.boolean(),
  sets: z.array(breakoutSetSchema),
  people: z.array(breakoutMemberSchema),
  /** Server time, so countdowns agree whatever the device's clock says. */
  now: isoInstantSchema,
});
export type BreakoutState = z.infer<typeof breakoutStateSchema>;

export const breakoutChatMessageSchema = z.object({
  id: idSchema,
  roomId: idSchema,
  author: z.object({ id: idSchema, name: z.string() }),
  text: z.string(),
  sentAt: isoInstantSchema,
});
export type BreakoutChatMessage = z.infer<typeof breakoutChatMessageSchema>;

/** What someone entering a room (a member, or staff visiting) gets. */
/** Someone with a breakout room open now, and how they take part: at the table or from home. */
export const breakoutPresentSchema = z.object({
  personId: idSchema,
  mode: z.enum(['remote', 'in_person']),
});
export type BreakoutPresent = z.infer<typeof breakoutPresentSchema>;

/** Who has one room open now: to its members, as they come and go. */
export const breakoutRoomHereSchema = z.object({
  roomId: idSchema,
  here: z.array(breakoutPresentSchema),
});
export type BreakoutRoomHere = z.infer<typeof breakoutRoomHereSchema>;

export const breakoutRoomStateSchema = z.object({
  roomId: idSchema,
  setId: idSchema,
  sessionId: idSchema,
  /** Who has the room open, this person included. */
  here: z.array(breakoutPresentSchema),
  chat: z.array(breakoutChatMessageSchema),
  /** The notes document so far, as one Yjs update (base64). */
  notes: z.string(),
  visitor: z.boolean(),
});
export type BreakoutRoomState = z.infer<typeof breakoutRoomStateSchema>;

export const breakoutBroadcastSchema = z.object({
  id: idSchema,
  setId: idSchema,
  sessionId: idSchema,
  text: z.string(),
  from: z.string(),
  sentAt: isoInstantSchema,
});
export type BreakoutBroadcast = z.infer<typeof breakoutBroadcastSchema>;

/** Who is where right now and what each room has done: the staff overview. */
export const breakoutActivitySchema = z.object({
  setId: idSchema,
  rooms: z.array(
    z.object({
      roomId: idSchema,
      /** People with the room open now, by how they take part. */
      here: z.array(breakoutPresentSchema),
      messages: z.number().int(),
      lastActivityAt: isoInstantSchema.nullable(),
      notesLength: z.number().int(),
    }),
  ),
});
export type BreakoutActivity = z.infer<typeof breakoutActivitySchema>;

export const enterBreakoutRoomSchema = z.object({
  roomId: idSchema,
  mode: z.enum(['remote', 'in_person']),
});
export type EnterBreakoutRoom = z.infer<typeof enterBreakoutRoomSchema>;

/** The notes of a closed room, kept for staff and for the display. */
export const breakoutNotesTextSchema = z.object({
  roomId: idSchema,
  name: z.string(),
  text: z.string(),
});
export type BreakoutNotesText = z.infer<typeof breakoutNotesTextSchema>;
