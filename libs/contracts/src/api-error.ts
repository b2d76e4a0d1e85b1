import { z } from 'zod';
import { plansErrors } from './action-plans/plans.errors';
import { attendanceErrors } from './attendance/attendance.errors';
import { breakoutsErrors } from './breakouts/breakouts.errors';
import { calendarErrors } from './calendar/calendar.errors';
import { evaluationErrors } from './evaluation/evaluation.errors';
import { checkinErrors } from './checkin/checkin.errors';
import { commonErrors } from './common/common.errors';
import { errorCodeSchema, fieldIssueSchema, type ErrorDefinition } from './common/errors';
import { eventsErrors } from './events/events.errors';
import { authErrors } from './identity/auth.errors';
import { chatErrors } from './chat/chat.errors';
import { pollsErrors } from './polls/polls.errors';
import { qnaErrors } from './qna/qna.errors';
import { announcementsErrors } from './announcements/announcements.errors';
import { mediaErrors } from './media/media.errors';
import { peopleErrors } from './people/people.errors';

/**
 * Every failure the API reports, per feature. A client translates `<feature>.<key>`; the English
 * here is the message the API sends beside it and the web app's English text.
 */
export const ERROR_REASONS = {
  common: commonErrors,
  auth: authErrors,
  people: peopleErrors,
  events: eventsErrors,
  announcements: announcementsErrors,
  checkin: checkinErrors,
  qna: qnaErrors,
  polls: pollsErrors,
  chat: chatErrors,
  media: mediaErrors,
  attendance: attendanceErrors,
  breakouts: breakoutsErrors,
  plans: plansErrors,
  calendar: calendarErrors,
  evaluation: evaluationErrors,
} as const;

type Catalogues = typeof ERROR_REASONS;
type Feature = keyof Catalogues;

export type ErrorReason = {
  [F in Feature]: `${F}.${keyof Catalogues[F] & string}`;
}[Feature];

type MessageOf<R extends ErrorReason> = R extends `${infer F extends Feature}.${infer K}`
  ? K extends keyof Catalogues[F]
    ? Catalogues[F][K] extends { message: infer M extends string }
      ? M
      : never
    : never
  : never;

type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

export type ErrorParamValue = string | number;

/** The values a reason's message names, each one required; none for a message without any. */
export type ErrorParams<R extends ErrorReason> = Record<
  Placeholders<MessageOf<R>>,
  ErrorParamValue
>;

/** A reason and the values it needs as one value, for code that decides and leaves the throwing. */
export type ReasonWithParams = {
  [R in ErrorReason]: { reason: R; params: ErrorParams<R> };
}[ErrorReason];

/** Every reason's text, per feature: what a translation has to provide. */
export type ReasonTexts = { [F in Feature]: Record<keyof Catalogues[F], string> };

export const errorReasons = Object.entries(ERROR_REASONS).flatMap(([feature, catalogue]) =>
  Object.keys(catalogue).map((key) => `${feature}.${key}`),
) as ErrorReason[];

export const errorReasonSchema = z.enum(errorReasons as [ErrorReason, ...ErrorReason[]]);

export function errorDefinition(reason: ErrorReason): ErrorDefinition {
  const [feature, key] = reason.split('.') as [Feature, string];
  const catalogue: Record<string, ErrorDefinition> = ERROR_REASONS[feature];
  const definition = catalogue[key];
  if (!definition) throw new Error(`Unknown error reason ${reason}`);
  return definition;
}

/** Puts the values into a message's `{{name}}` places, as i18next does on the client. */
export function fillIn(
  template: string,
  params: Readonly<Record<string, ErrorParamValue>>,
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (place, name: string) =>
    name in params ? String(params[name]) : place,
  );
}

/** A reason's English, its values filled in. */
export function englishText({ reason, params }: ReasonWithParams): string {
  return fillIn(errorDefinition(reason).message, params);
}

/** The English texts, in the shape of a translation. */
export const englishReasonTexts = Object.fromEntries(
  Object.entries(ERROR_REASONS).map(([feature, catalogue]) => [
    feature,
    Object.fromEntries(
      Object.entries(catalogue).map(([key, definition]: [string, ErrorDefinition]) => [
        key,
        definition.message,
      ]),
    ),
  ]),
) as ReasonTexts;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  /** What went wrong, for the client to say in the reader's language. */
  reason: errorReasonSchema,
  /** The values the reason's text names. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The same in English, for logs and for clients without translations. */
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** The body of every failed REST response and the `error` of every failed acknowledgement. */
export const errorResponseSchema = z.object({ error: apiErrorSchema });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
export type AckCallback<T> = (ack: Ack<T>) => void;
