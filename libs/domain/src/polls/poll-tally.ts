import {
  type AnswerPoll,
  type Poll,
  type PollResults,
  type ReasonWithParams,
  WORD_CLOUD_ANSWER_MAX,
} from '@hadir/contracts';

export type PollShape = Pick<Poll, 'kind' | 'options' | 'scaleMax' | 'correctOptionId'>;

export interface StoredAnswer {
  optionIds: string[];
  rating: number | null;
  text: string | null;
  answeredAt: string;
}

/** How many words and texts a tally carries: a screen shows no more. */
export const WORDS_SHOWN = 50;
export const TEXTS_SHOWN = 50;

export type AnswerRefusal = Extract<
  ReasonWithParams,
  {
    reason:
      | 'polls.noOptionChosen'
      | 'polls.optionNotInPoll'
      | 'polls.severalOptionsChosen'
      | 'polls.ratingOutOfScale'
      | 'polls.noWords'
      | 'polls.wordsTooLong'
      | 'polls.noAnswerText';
  }
>;

/** What of an answer the poll's kind uses, or why it cannot be accepted. */
export function readAnswer(
  poll: PollShape,
  answer: Pick<AnswerPoll, 'optionIds' | 'rating' | 'text'>,
): { ok: true; answer: Omit<StoredAnswer, 'answeredAt'> } | { ok: false; refusal: AnswerRefusal } {
  const refuse = (refusal: AnswerRefusal) => ({ ok: false as const, refusal });
  const known = new Set(poll.options.map((option) => option.id));
  switch (poll.kind) {
    case 'single':
    case 'quiz':
    case 'multiple': {
      const picked = [...new Set(answer.optionIds ?? [])];
      if (picked.length === 0) return refuse({ reason: 'polls.noOptionChosen', params: {} });
      if (picked.some((id) => !known.has(id)))
        return refuse({ reason: 'polls.optionNotInPoll', params: {} });
      if (poll.kind !== 'multiple' && picked.length > 1)
        return refuse({ reason: 'polls.severalOptionsChosen', params: {} });
      return { ok: true, answer: { optionIds: picked, rating: null, text: null } };
    }
    case 'rating': {
      const max = poll.scaleMax ?? 5;
      if (answer.rating === undefined || answer.rating < 1 || answer.rating > max) {
        return refuse({ reason: 'polls.ratingOutOfScale', params: { max } });
      }
      return { ok: true, answer: { optionIds: [], rating: answer.rating, text: null } };
    }
    case 'word_cloud': {
      const word = normaliseWord(answer.text ?? '');
      if (!word) return refuse({ reason: 'polls.noWords', params: {} });
      if (word.length > WORD_CLOUD_ANSWER_MAX) {
        return refuse({ reason: 'polls.wordsTooLong', params: { max: WORD_CLOUD_ANSWER_MAX } });
      }
      return { ok: true, answer: { optionIds: [], rating: null, text: word } };
    }
    case 'open_text': {
      const text = (answer.text ?? '').trim();
      if (!text) return refuse({ reason: 'polls.noAnswerText', params: {} });
      return { ok: true, answer: { optionIds: [], rating: null, text } };
    }
  }
}

/** "  Export  MARKETS " and "export markets" are the same word in a cloud. */
export function normaliseWord(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The poll's current results from every answer it has. */
export function tallyPoll(
  poll: PollShape,
  answers: readonly StoredAnswer[],
): Omit<PollResults, 'pollId' | 'sessionId'> {
  const counts: Record<string, number> = {};
  for (const option of poll.options) counts[option.id] = 0;
  const ratings: Record<string, number> = {};
  if (poll.kind === 'rating') {
    for (let value = 1; value <= (poll.scaleMax ?? 5); value += 1) ratings[String(value)] = 0;
  }
  const words = new Map<string, number>();
  let ratingSum = 0;
  let rated = 0;
  let correct = 0;
  for (const answer of answers) {
    for (const id of answer.optionIds) if (id in counts) counts[id] += 1;
    if (poll.correctOptionId && answer.optionIds.includes(poll.correctOptionId)) correct += 1;
    if (answer.rating !== null) {
      ratings[String(answer.rating)] = (ratings[String(answer.rating)] ?? 0) + 1;
      ratingSum += answer.rating;
      rated += 1;
    }
    if (poll.kind === 'word_cloud' && answer.text) {
      words.set(answer.text, (words.get(answer.text) ?? 0) + 1);
    }
  }
  const texts =
    poll.kind === 'open_text'
      ? [...answers]
          .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))
          .slice(0, TEXTS_SHOWN)
          .flatMap((answer) => (answer.text ? [answer.text] : []))
      : [];
  return {
    responses: answers.length,
    counts,
    ratings,
    average: rated > 0 ? Math.round((ratingSum / rated) * 100) / 100 : null,
    words: [...words]
      .map(([word, count]) => ({ word, count }))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
      .slice(0, WORDS_SHOWN),
    texts,
    correct: poll.kind === 'quiz' ? correct : null,
  };
}
