import { type Question } from '@hadir/contracts';

/** A session's questions as the tests of the Q&A board and the session state build them. */
export const SESSION = '5e551000-0000-4000-8000-000000000001';
export const ANA = { id: '5e551000-0000-4000-8000-0000000000a1', name: 'Ana Santos' };

let nextId = 0;
/** A new id each call, readable in a failing test's output. */
export const id = () => `5e551000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;

/** An approved question by Ana, with `changes` on top. */
export function question(changes: Partial<Question> = {}): Question {
  return {
    id: id(),
    sessionId: SESSION,
    text: 'How do we reach buyers abroad?',
    anonymous: false,
    author: ANA,
    status: 'approved',
    pinned: false,
    votes: 0,
    reply: null,
    createdAt: '2026-12-04T02:00:00.000Z',
    updatedAt: '2026-12-04T02:00:00.000Z',
    ...changes,
  };
}
