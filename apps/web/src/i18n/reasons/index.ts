import { type ReasonTexts } from '@hadir/contracts';
import { announcementsReasons } from './announcements';
import { attendanceReasons } from './attendance';
import { authReasons } from './auth';
import { breakoutsReasons } from './breakouts';
import { calendarReasons } from './calendar';
import { chatReasons } from './chat';
import { checkinReasons } from './checkin';
import { commonReasons } from './common';
import { eventsReasons } from './events';
import { evaluationReasons } from './evaluation';
import { mediaReasons } from './media';
import { peopleReasons } from './people';
import { plansReasons } from './plans';
import { pollsReasons } from './polls';
import { qnaReasons } from './qna';

/** The server's failures in Indonesian, one file per feature as in the contracts' catalogues. */
export const indonesianReasons: ReasonTexts = {
  common: commonReasons,
  auth: authReasons,
  people: peopleReasons,
  events: eventsReasons,
  announcements: announcementsReasons,
  checkin: checkinReasons,
  qna: qnaReasons,
  polls: pollsReasons,
  chat: chatReasons,
  media: mediaReasons,
  attendance: attendanceReasons,
  breakouts: breakoutsReasons,
  plans: plansReasons,
  calendar: calendarReasons,
  evaluation: evaluationReasons,
};
