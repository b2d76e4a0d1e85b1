import {
  type AgendaSession,
  type CreateSessionBody,
  createSessionBodySchema,
  type SessionKind,
} from '@hadir/contracts';
import { wallClockOf } from '@hadir/domain';

/** What the organiser types; times are wall-clock times at the venue. */
export interface SessionFormValues {
  title: string;
  description: string;
  kind: SessionKind;
  date: string;
  startTime: string;
  endTime: string;
  room: string;
  remoteOnly: boolean;
  streamed: boolean;
  speakerIds: string[];
  moderatorIds: string[];
}

/** The fields the API names in its issues, which are also the form's. */
export const SESSION_FIELDS = [
  'title',
  'description',
  'kind',
  'date',
  'startTime',
  'endTime',
  'room',
  'streamed',
  'speakerIds',
  'moderatorIds',
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

export function newSessionValues(date: string): SessionFormValues {
  return {
    title: '',
    description: '',
    kind: 'presentation',
    date,
    startTime: '09:00',
    endTime: '10:00',
    room: '',
    remoteOnly: false,
    streamed: true,
    speakerIds: [],
    moderatorIds: [],
  };
}

export function sessionValuesOf(session: AgendaSession, eventTimeZone: string): SessionFormValues {
  const start = wallClockOf(new Date(session.startsAt), eventTimeZone);
  const end = wallClockOf(new Date(session.endsAt), eventTimeZone);
  return {
    title: session.title,
    description: session.description,
    kind: session.kind,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    room: session.room ?? '',
    remoteOnly: session.room === null,
    streamed: session.streamed,
    speakerIds: session.speakers.map((person) => person.id),
    moderatorIds: session.moderators.map((person) => person.id),
  };
}

/** Checks the form against the contract; the body carries `id` so a repeated save creates one. */
export function parseSessionForm(id: string, values: SessionFormValues) {
  return createSessionBodySchema.safeParse({
    id,
    title: values.title,
    description: values.description,
    kind: values.kind,
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    room: values.remoteOnly ? null : values.room,
    streamed: values.streamed,
    speakerIds: values.speakerIds,
    moderatorIds: values.moderatorIds,
  } satisfies Record<keyof CreateSessionBody, unknown>);
}

/** Every room the agenda already uses, so the organiser picks rather than retypes them. */
export function roomsOf(sessions: readonly AgendaSession[]): string[] {
  const rooms = new Set(sessions.flatMap((session) => (session.room ? [session.room] : [])));
  return [...rooms].sort((a, b) => a.localeCompare(b));
}
