/** socket.io room names; the only place they are spelled out. */
export const rooms = {
  event: (eventId: string) => `event:${eventId}`,
  eventStaff: (eventId: string) => `event:${eventId}:staff`,
  session: (sessionId: string) => `session:${sessionId}`,
  sessionStaff: (sessionId: string) => `session:${sessionId}:staff`,
  breakout: (breakoutId: string) => `breakout:${breakoutId}`,
  /** Those with an action plan open: its co-authors and reviewers. */
  plan: (planId: string) => `plan:${planId}`,
  /** Those who joined a session's media; producers on this node are announced there. */
  media: (sessionId: string) => `media:${sessionId}`,
  person: (personId: string) => `person:${personId}`,
} as const;

export const LIVE_NAMESPACE = '/live';
