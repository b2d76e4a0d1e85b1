import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';

export const POLL_QUESTION_MAX = 300;
export const POLL_OPTION_MAX = 120;
export const POLL_OPTIONS_MAX = 10;
export const POLL_TEXT_MAX = 280;
export const WORD_CLOUD_ANSWER_MAX = 40;

export const pollKindSchema = z.enum([
  'single',
  'multiple',
  'rating',
  'word_cloud',
  'open_text',
  'quiz',
]);
export type PollKind = z.infer<typeof pollKindSchema>;

/** Who sees the results: everyone as they come in, everyone once closed, or staff only. */
export const pollResultsVisibilitySchema = z.enum(['live', 'after_close', 'staff_only']);
export type PollResultsVisibility = z.infer<typeof pollResultsVisibilitySchema>;

export const pollStatusSchema = z.enum(['draft', 'open', 'closed']);
export type PollStatus = z.infer<typeof pollStatusSchema>;

/** Kinds answered by picking from the poll's options. */
export const CHOICE_KINDS: readonly PollKind[] = ['single', 'multiple', 'quiz'];

export const createPollSchema = z
  .object({
    id: idSchema,
    sessionId: idSchema,
    question: z
      .string()
      .trim()
      .min(1, 'Write the poll question')
      .max(POLL_QUESTION_MAX, `At most ${POLL_QUESTION_MAX} characters`),
    kind: pollKindSchema,
    /** The choices, for single, multiple and quiz polls. */
    options: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'An option cannot be empty')
          .max(POLL_OPTION_MAX, `At most ${POLL_OPTION_MAX} characters`),
      )
      .max(POLL_OPTIONS_MAX, `At most ${POLL_OPTIONS_MAX} options`),
    /** For a quiz: the index of the right option. */
    correctOption: z.number().int().min(0).optional(),
    /** For a rating: the top of the scale (from 1). */
    scaleMax: z.number().int().min(3).max(10).optional(),
    resultsVisibility: pollResultsVisibilitySchema,
    /** Responses are stored without a name for anyone to see, staff included. */
    anonymous: z.boolean(),
    /** Whether a person may change their answer while the poll is open. */
    allowChange: z.boolean(),
    /** Open as soon as it is created, rather than kept ready as a draft. */
    open: z.boolean(),
  })
  .superRefine((poll, context) => {
    const choices = CHOICE_KINDS.includes(poll.kind);
    if (choices && poll.options.length < 2) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'Give at least two options' });
    }
    if (!choices && poll.options.length > 0) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'This kind has no options' });
    }
    if (new Set(poll.options.map((option) => option.toLowerCase())).size !== poll.options.length) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'Options must differ' });
    }
    if (
      poll.kind === 'quiz' &&
      (poll.correctOption ?? poll.options.length) >= poll.options.length
    ) {
      context.addIssue({
        code: 'custom',
        path: ['correctOption'],
        message: 'Choose the right answer',
      });
    }
  });
export type CreatePoll = z.infer<typeof createPollSchema>;

export const pollRefSchema = z.object({ sessionId: idSchema, pollId: idSchema });
export type PollRef = z.infer<typeof pollRefSchema>;

export const pollSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  question: z.string(),
  kind: pollKindSchema,
  options: z.array(z.object({ id: z.string(), label: z.string() })),
  scaleMax: z.number().int().nullable(),
  /** Staff always; everyone else once the poll is closed. */
  correctOptionId: z.string().nullable(),
  status: pollStatusSchema,
  resultsVisibility: pollResultsVisibilitySchema,
  anonymous: z.boolean(),
  allowChange: z.boolean(),
  createdAt: isoInstantSchema,
  openedAt: isoInstantSchema.nullable(),
  closedAt: isoInstantSchema.nullable(),
  /** Chosen by staff for the room display; without one, the display shows the poll running. */
  onDisplay: z.boolean(),
});
export type Poll = z.infer<typeof pollSchema>;

/** Staff put a poll on the room display, or take it off (the display then follows the rule). */
export const showPollSchema = pollRefSchema.extend({ shown: z.boolean() });
export type ShowPoll = z.infer<typeof showPollSchema>;

export const answerPollSchema = pollRefSchema.extend({
  /** The client's id for this answer, so that a resend is recognised. */
  id: idSchema,
  optionIds: z.array(z.string().max(8)).max(POLL_OPTIONS_MAX).optional(),
  rating: z.number().int().min(1).max(10).optional(),
  text: z
    .string()
    .trim()
    .min(1, 'Write an answer')
    .max(POLL_TEXT_MAX, `At most ${POLL_TEXT_MAX} characters`)
    .optional(),
});
export type AnswerPoll = z.infer<typeof answerPollSchema>;

export const pollAnswerSchema = z.object({
  pollId: idSchema,
  optionIds: z.array(z.string()),
  rating: z.number().int().nullable(),
  text: z.string().nullable(),
  answeredAt: isoInstantSchema,
});
export type PollAnswer = z.infer<typeof pollAnswerSchema>;

/** A poll's current tally, sent at a bounded rate rather than per answer. */
export const pollResultsSchema = z.object({
  pollId: idSchema,
  sessionId: idSchema,
  responses: z.number().int(),
  /** Per option id, for choice polls. */
  counts: z.record(z.string(), z.number().int()),
  /** Per rating value, for ratings. */
  ratings: z.record(z.string(), z.number().int()),
  average: z.number().nullable(),
  /** Most frequent words first, for word clouds. */
  words: z.array(z.object({ word: z.string(), count: z.number().int() })),
  /** The latest answers, for open text. */
  texts: z.array(z.string()),
  /** For a quiz: how many picked the right option. */
  correct: z.number().int().nullable(),
});
export type PollResults = z.infer<typeof pollResultsSchema>;
