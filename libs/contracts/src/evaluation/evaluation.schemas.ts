import { z } from 'zod';
import { idSchema } from '../common/ids';
import { countryCodeSchema } from '../people/countries';

/**
 * Evaluation: what participants think of each session and of the whole programme, which
 * capacity-building programmes report to their funders. An event has at most one form of each
 * kind; the session form is answered once per session, after the session ends.
 */
export const evaluationKindSchema = z.enum(['session', 'programme']);
export type EvaluationKind = z.infer<typeof evaluationKindSchema>;

/** Ratings run from 1 (poor) to this. */
export const EVALUATION_RATING_MAX = 5;

/**
 * On an anonymous form an answer keeps its country only when at least this many participants
 * of the event come from it; a country of one or two would name them.
 */
export const ANONYMOUS_COUNTRY_MINIMUM = 3;

export const evaluationQuestionSchema = z.object({
  /** Chosen by the editor, so that answers keep pointing at their question across edits. */
  id: idSchema,
  kind: z.enum(['rating', 'text']),
  prompt: z.string().trim().min(1).max(300),
  required: z.boolean(),
});
export type EvaluationQuestion = z.infer<typeof evaluationQuestionSchema>;

export const evaluationFormStatusSchema = z.enum(['draft', 'open', 'closed']);
export type EvaluationFormStatus = z.infer<typeof evaluationFormStatusSchema>;

export const saveEvaluationFormSchema = z.object({
  title: z.string().trim().min(1).max(200),
  /** Answers then carry no person: not even organisers can tell who wrote what. */
  anonymous: z.boolean(),
  questions: z
    .array(evaluationQuestionSchema)
    .min(1)
    .max(30)
    .refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, {
      message: 'Each question needs its own id',
    }),
});
export type SaveEvaluationForm = z.infer<typeof saveEvaluationFormSchema>;

export const setEvaluationStatusSchema = z.object({ status: evaluationFormStatusSchema });
export type SetEvaluationStatus = z.infer<typeof setEvaluationStatusSchema>;

export const evaluationFormSchema = saveEvaluationFormSchema.extend({
  id: idSchema,
  eventId: idSchema,
  kind: evaluationKindSchema,
  status: evaluationFormStatusSchema,
  /** Answers received; once there is one, the questions and anonymity are fixed. */
  answers: z.number().int(),
});
export type EvaluationForm = z.infer<typeof evaluationFormSchema>;

export const evaluationFormsSchema = z.object({
  session: evaluationFormSchema.nullable(),
  programme: evaluationFormSchema.nullable(),
});
export type EvaluationForms = z.infer<typeof evaluationFormsSchema>;

/** One form a participant is asked to answer: the programme's, or the session form for one session. */
export const evaluationRequestSchema = z.object({
  form: evaluationFormSchema.pick({
    id: true,
    kind: true,
    title: true,
    anonymous: true,
    questions: true,
  }),
  sessionId: idSchema.nullable(),
  sessionTitle: z.string().nullable(),
  answered: z.boolean(),
});
export type EvaluationRequest = z.infer<typeof evaluationRequestSchema>;

/** `sessionId`: only that session's form, asked of whoever opens the ended session's page. */
export const myEvaluationsQuerySchema = z.object({ sessionId: idSchema.optional() });
export type MyEvaluationsQuery = z.infer<typeof myEvaluationsQuerySchema>;

export const myEvaluationsSchema = z.object({ requests: z.array(evaluationRequestSchema) });
export type MyEvaluations = z.infer<typeof myEvaluationsSchema>;

export const evaluationAnswerValueSchema = z.union([
  z.number().int().min(1).max(EVALUATION_RATING_MAX),
  z.string().trim().max(4000),
]);

export const submitEvaluationSchema = z.object({
  /** The client's, so that a retry after a lost answer records one answer, not two. */
  id: idSchema,
  formId: idSchema,
  sessionId: idSchema.nullable(),
  answers: z.record(idSchema, evaluationAnswerValueSchema),
});
export type SubmitEvaluation = z.infer<typeof submitEvaluationSchema>;

export const evaluationSubmittedSchema = z.object({ answered: z.literal(true) });
export type EvaluationSubmitted = z.infer<typeof evaluationSubmittedSchema>;

export const ratingSummarySchema = z.object({
  questionId: idSchema,
  /** How many chose each value, from 1 to EVALUATION_RATING_MAX. */
  counts: z.array(z.number().int()),
  average: z.number().nullable(),
});
export type RatingSummary = z.infer<typeof ratingSummarySchema>;

/** The figures of a group of answers: everyone's, one session's or one country's. */
export const evaluationGroupSchema = z.object({
  responses: z.number().int(),
  ratings: z.array(ratingSummarySchema),
});
export type EvaluationGroup = z.infer<typeof evaluationGroupSchema>;

export const evaluationResultsSchema = z.object({
  eventId: idSchema,
  formId: idSchema,
  /** Who was asked: the participants, and for a session form those who attended each session. */
  expected: z.number().int(),
  overall: evaluationGroupSchema,
  sessions: z.array(
    evaluationGroupSchema.extend({
      sessionId: idSchema,
      title: z.string(),
      expected: z.number().int(),
    }),
  ),
  /** `country` is null for the answers of an anonymous form whose country is too small to show. */
  countries: z.array(evaluationGroupSchema.extend({ country: countryCodeSchema.nullable() })),
  texts: z.array(
    z.object({
      questionId: idSchema,
      sessionId: idSchema.nullable(),
      text: z.string(),
      /** Null on an anonymous form. */
      author: z.string().nullable(),
    }),
  ),
});
export type EvaluationResults = z.infer<typeof evaluationResultsSchema>;

export const watchEvaluationResultsSchema = z.object({ eventId: idSchema, formId: idSchema });
export type WatchEvaluationResults = z.infer<typeof watchEvaluationResultsSchema>;

export const evaluationRemindedSchema = z.object({
  /** People who had not answered, each sent a reminder. */
  reminded: z.number().int(),
});
export type EvaluationReminded = z.infer<typeof evaluationRemindedSchema>;

/** To a person who has not answered yet, when organisers remind them. */
export const evaluationReminderSchema = z.object({ eventId: idSchema, formId: idSchema });
export type EvaluationReminder = z.infer<typeof evaluationReminderSchema>;
