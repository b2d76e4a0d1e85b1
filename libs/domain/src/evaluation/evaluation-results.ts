import {
  EVALUATION_RATING_MAX,
  type EvaluationGroup,
  type EvaluationQuestion,
  type EvaluationResults,
  type RatingSummary,
} from '@hadir/contracts';

/** One stored answer, as the results read it. */
export interface AnswerForResults {
  sessionId: string | null;
  country: string | null;
  values: Record<string, number | string>;
  /** The author's name on a named form; null on an anonymous one. */
  author: string | null;
}

export interface ResultsInput {
  eventId: string;
  formId: string;
  questions: readonly EvaluationQuestion[];
  answers: readonly AnswerForResults[];
  /** Who was asked; for a session form, by session, in the agenda's order. */
  expected: number;
  sessions: readonly { sessionId: string; title: string; expected: number }[];
}

/** A form's figures overall, per session and per country, and its written answers. */
export function evaluationResults(input: ResultsInput): EvaluationResults {
  const ratings = input.questions.filter((q) => q.kind === 'rating');
  const texts = input.questions.filter((q) => q.kind === 'text');
  const group = (answers: readonly AnswerForResults[]): EvaluationGroup => ({
    responses: answers.length,
    ratings: ratings.map((question) => ratingSummary(question.id, answers)),
  });
  const byCountry = new Map<string | null, AnswerForResults[]>();
  for (const answer of input.answers) {
    byCountry.set(answer.country, [...(byCountry.get(answer.country) ?? []), answer]);
  }
  return {
    eventId: input.eventId,
    formId: input.formId,
    expected: input.expected,
    overall: group(input.answers),
    sessions: input.sessions.map((session) => ({
      ...session,
      ...group(input.answers.filter((answer) => answer.sessionId === session.sessionId)),
    })),
    countries: [...byCountry.entries()]
      // Named countries alphabetically; the anonymous remainder last.
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
      .map(([country, answers]) => ({ country, ...group(answers) })),
    texts: input.answers.flatMap((answer) =>
      texts.flatMap((question) => {
        const text = answer.values[question.id];
        return typeof text === 'string' && text.trim() !== ''
          ? [{ questionId: question.id, sessionId: answer.sessionId, text, author: answer.author }]
          : [];
      }),
    ),
  };
}

function ratingSummary(questionId: string, answers: readonly AnswerForResults[]): RatingSummary {
  const counts = Array.from({ length: EVALUATION_RATING_MAX }, () => 0);
  let sum = 0;
  let given = 0;
  for (const answer of answers) {
    const value = answer.values[questionId];
    if (typeof value !== 'number') continue;
    counts[value - 1] = (counts[value - 1] ?? 0) + 1;
    sum += value;
    given += 1;
  }
  return { questionId, counts, average: given === 0 ? null : Math.round((sum / given) * 10) / 10 };
}

/**
 * Checks answers against a form: each required question answered, each value of its question's
 * kind, no question the form does not have. Returns the problem, or the answers to store
 * (blank texts dropped).
 */
export function checkEvaluationAnswers(
  questions: readonly EvaluationQuestion[],
  values: Readonly<Record<string, number | string>>,
):
  | { ok: true; values: Record<string, number | string> }
  | {
      ok: false;
      problem: 'unknownQuestion' | 'answerRequired' | 'ratingExpected' | 'textExpected';
      prompt: string;
    } {
  const known = new Map(questions.map((question) => [question.id, question]));
  for (const id of Object.keys(values)) {
    if (!known.has(id)) return { ok: false, problem: 'unknownQuestion', prompt: '' };
  }
  const kept: Record<string, number | string> = {};
  for (const question of questions) {
    const value = values[question.id];
    const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (blank) {
      if (question.required)
        return { ok: false, problem: 'answerRequired', prompt: question.prompt };
      continue;
    }
    if (question.kind === 'rating' && typeof value !== 'number') {
      return { ok: false, problem: 'ratingExpected', prompt: question.prompt };
    }
    if (question.kind === 'text' && typeof value !== 'string') {
      return { ok: false, problem: 'textExpected', prompt: question.prompt };
    }
    kept[question.id] = typeof value === 'string' ? value.trim() : value;
  }
  return { ok: true, values: kept };
}
