import { type Question } from '@hadir/contracts';

export type QuestionOrder = 'top' | 'newest';

/** Pinned first, the live one next, then by votes (ties: older first) or newest first. */
export function orderQuestions(questions: Question[], order: QuestionOrder): Question[] {
  return [...questions].sort((a, b) => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
    if ((a.status === 'live') !== (b.status === 'live')) return a.status === 'live' ? -1 : 1;
    if (order === 'top' && a.votes !== b.votes) return b.votes - a.votes;
    return order === 'top'
      ? a.createdAt.localeCompare(b.createdAt)
      : b.createdAt.localeCompare(a.createdAt);
  });
}
