/** socket.io room names; the only place they are spelled out. */
export const rooms = {
  event: (eventId: string) => `event:${eventId}`,
  /** Who watches the door's counts: organisers and facilitators. */
  eventDoor: (eventId: string) => `event:${eventId}:door`,
  /** Who watches who follows the event now, by name: organisers. */
  eventAttendance: (eventId: string) => `event:${eventId}:attendance`,
  /** Staff on the plans overview, who follow every plan's changes. */
  eventPlans: (eventId: string) => `event:${eventId}:plans`,
  /** Organisers reading one evaluation form's results. */
  evaluationResults: (formId: string) => `evaluation:${formId}`,
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
