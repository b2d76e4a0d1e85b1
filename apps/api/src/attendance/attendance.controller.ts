import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventAttendanceReport, PersonAttendanceReport } from '@hadir/contracts';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { AttendanceService } from './attendance.service';

@ApiTags('attendance')
@ApiBearerAuth()
@Controller('events/:eventId/attendance')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  /** Organisers: every participant's minutes, by session and day, and who qualifies. */
  @Get()
  event(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<EventAttendanceReport> {
    return this.attendance.event(actorId, eventId);
  }

  @Get('people.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="attendance-people.csv"')
  peopleCsv(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<string> {
    return this.attendance.peopleCsv(actorId, eventId);
  }

  @Get('sessions.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="attendance-sessions.csv"')
  sessionsCsv(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<string> {
    return this.attendance.sessionsCsv(actorId, eventId);
  }

  /** Anyone in the event: their own attendance. */
  @Get('me')
  mine(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<PersonAttendanceReport> {
    return this.attendance.mine(personId, eventId);
  }
}
