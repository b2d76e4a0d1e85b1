/** Every TanStack Query key the app uses, so invalidation and live updates hit the same entries. */
export const queryKeys = {
  meta: ['meta'] as const,
  demoPeople: ['demo', 'people'] as const,
  me: ['me'] as const,
  events: ['events'] as const,
  agenda: (eventId: string) => ['events', eventId, 'agenda'] as const,
  announcements: (eventId: string) => ['events', eventId, 'announcements'] as const,
  people: (eventId: string) => ['events', eventId, 'people'] as const,
  badges: (eventId: string) => ['events', eventId, 'badges'] as const,
  calendarFeed: (eventId: string) => ['events', eventId, 'calendar-feed'] as const,
  evaluationForms: (eventId: string) => ['events', eventId, 'evaluation', 'forms'] as const,
  /** Without a session, every request; a session's page asks for its own (a prefix of both). */
  myEvaluations: (eventId: string, sessionId?: string) =>
    sessionId
      ? (['events', eventId, 'evaluation', 'mine', sessionId] as const)
      : (['events', eventId, 'evaluation', 'mine'] as const),
  myAttendance: (eventId: string) => ['events', eventId, 'attendance', 'me'] as const,
  eventAttendance: (eventId: string) => ['events', eventId, 'attendance'] as const,
  corrections: (eventId: string, personId: string, sessionId?: string) =>
    ['events', eventId, 'attendance', 'corrections', personId, sessionId ?? ''] as const,
};
