import { Initial1764360000000 } from './1764360000000-initial';
import { Badges1764370000000 } from './1764370000000-badges';
import { CheckIns1795904551354 } from './1795904551354-check-ins';
import { CheckOutsAndRooms1795912116707 } from './1795912116707-check-outs-and-rooms';
import { SessionInteraction1795914177036 } from './1795914177036-session-interaction';
import { Polls1795915242893 } from './1795915242893-polls';
import { Chat1795915787132 } from './1795915787132-chat';
import { StageInvitations1795924000000 } from './1795924000000-stage-invitations';
import { PresenceIntervals1795925427375 } from './1795925427375-presence-intervals';
import { Breakouts1795931993263 } from './1795931993263-breakouts';
import { ActionPlans1795933611536 } from './1795933611536-action-plans';
import { AttendanceCorrections1795936510321 } from './1795936510321-attendance-corrections';
import { AttendanceRules1795937677283 } from './1795937677283-attendance-rules';
import { PeopleOfOneEvent1796316503935 } from './1796316503935-people-of-one-event';
import { PollOnDisplay1796319943249 } from './1796319943249-poll-on-display';
import { CalendarFeeds1796419278861 } from './1796419278861-calendar-feeds';
import { Certificates1796419864115 } from './1796419864115-certificates';
import { QnaSettingsName1796422033576 } from './1796422033576-qna-settings-name';
import { Evaluation1796427347880 } from './1796427347880-evaluation';

/** Every migration, oldest first. A migration that has landed is never edited. */
export const MIGRATIONS = [
  Initial1764360000000,
  Badges1764370000000,
  CheckIns1795904551354,
  CheckOutsAndRooms1795912116707,
  SessionInteraction1795914177036,
  Polls1795915242893,
  Chat1795915787132,
  StageInvitations1795924000000,
  PresenceIntervals1795925427375,
  Breakouts1795931993263,
  ActionPlans1795933611536,
  AttendanceCorrections1795936510321,
  AttendanceRules1795937677283,
  PeopleOfOneEvent1796316503935,
  PollOnDisplay1796319943249,
  CalendarFeeds1796419278861,
  Certificates1796419864115,
  QnaSettingsName1796422033576,
  Evaluation1796427347880,
];
