import type { AckCallback } from '../api-error';
import type { AttendanceNow, WatchAttendance } from './attendance.schemas';

export interface AttendanceClientEvents {
  /** Organisers: join the event's staff room, and get who follows its sessions now. */
  'attendance:now.watch': (payload: WatchAttendance, ack: AckCallback<AttendanceNow>) => void;
}

export interface AttendanceServerEvents {
  /** To the event's staff, at a bounded rate, when someone starts or stops following a session. */
  'attendance:now.updated': (payload: AttendanceNow) => void;
}
