import type { EvaluationQuestion } from '@hadir/contracts';
import { checkEvaluationAnswers, evaluationResults } from './evaluation-results';

const usefulness: EvaluationQuestion = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'rating',
  prompt: 'How useful was it?',
  required: true,
};
const pace: EvaluationQuestion = {
  id: '00000000-0000-4000-8000-000000000002',
  kind: 'rating',
  prompt: 'How was the pace?',
  required: false,
};
const comment: EvaluationQuestion = {
  id: '00000000-0000-4000-8000-000000000003',
  kind: 'text',
  prompt: 'What will you use at home?',
  required: false,
};
const questions = [usefulness, pace, comment];

describe(evaluationResults.name, () => {
  const results = evaluationResults({
    eventId: 'e',
    formId: 'f',
    questions,
    expected: 10,
    sessions: [
      { sessionId: 's1', title: 'Opening', expected: 6 },
      { sessionId: 's2', title: 'Export markets', expected: 4 },
    ],
    answers: [
      {
        sessionId: 's1',
        country: 'VN',
        author: null,
        values: { [usefulness.id]: 5, [comment.id]: 'Cold chain' },
      },
      {
        sessionId: 's1',
        country: 'ID',
        author: null,
        values: { [usefulness.id]: 4, [pace.id]: 2 },
      },
      {
        sessionId: 's2',
        country: null,
        author: null,
        values: { [usefulness.id]: 2, [comment.id]: '  ' },
      },
    ],
  });

  it('should count each rating value and average the ratings given, to one decimal', () => {
    expect(results.overall.responses).toBe(3);
    expect(results.overall.ratings).toEqual([
      { questionId: usefulness.id, counts: [0, 1, 0, 1, 1], average: 3.7 },
      { questionId: pace.id, counts: [0, 1, 0, 0, 0], average: 2 },
    ]);
  });

  it('should give each session its own figures, with none for a session nobody rated', () => {
    expect(results.sessions.map((s) => [s.title, s.responses, s.ratings[0]?.average])).toEqual([
      ['Opening', 2, 4.5],
      ['Export markets', 1, 2],
    ]);
    expect(results.sessions[1]?.ratings[1]).toEqual({
      questionId: pace.id,
      counts: [0, 0, 0, 0, 0],
      average: null,
    });
  });

  it('should group by country, with the countries too small to show last', () => {
    expect(results.countries.map((c) => [c.country, c.responses])).toEqual([
      ['ID', 1],
      ['VN', 1],
      [null, 1],
    ]);
  });

  it('should list the written answers that say something', () => {
    expect(results.texts).toEqual([
      { questionId: comment.id, sessionId: 's1', text: 'Cold chain', author: null },
    ]);
  });
});

describe(checkEvaluationAnswers.name, () => {
  it('should keep the answers given, trimmed, and drop blank optional ones', () => {
    expect(
      checkEvaluationAnswers(questions, {
        [usefulness.id]: 4,
        [comment.id]: '  Tariffs  ',
        [pace.id]: '',
      }),
    ).toEqual({ ok: true, values: { [usefulness.id]: 4, [comment.id]: 'Tariffs' } });
  });

  it('should name the required question left blank', () => {
    expect(checkEvaluationAnswers(questions, { [comment.id]: 'x' })).toEqual({
      ok: false,
      problem: 'answerRequired',
      prompt: usefulness.prompt,
    });
  });

  it('should refuse a text where a rating goes, and a rating where a text goes', () => {
    expect(checkEvaluationAnswers(questions, { [usefulness.id]: 'five' })).toMatchObject({
      problem: 'ratingExpected',
    });
    expect(
      checkEvaluationAnswers(questions, { [usefulness.id]: 3, [comment.id]: 3 }),
    ).toMatchObject({
      problem: 'textExpected',
    });
  });

  it('should refuse an answer to a question the form does not have', () => {
    expect(
      checkEvaluationAnswers(questions, {
        [usefulness.id]: 3,
        '00000000-0000-4000-8000-000000000009': 1,
      }),
    ).toMatchObject({ ok: false, problem: 'unknownQuestion' });
  });
});
