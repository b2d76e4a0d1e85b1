import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type AttendanceCorrection,
  type AttendanceRule,
  attendanceRuleSchema,
  type AttendanceCorrections,
  correctionsQuerySchema,
  createCorrectionBodySchema,
  type EventAttendanceReport,
  type PersonAttendanceReport,
  withdrawCorrectionBodySchema,
} from '@hadir/contracts';
import { createZodDto } from 'nestjs-zod';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { AttendanceCorrectionsService } from './attendance-corrections.service';
import { AttendanceService } from './attendance.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

class CreateCorrectionDto extends createZodDto(createCorrectionBodySchema) {}
class WithdrawCorrectionDto extends createZodDto(withdrawCorrectionBodySchema) {}
class CorrectionsQueryDto extends createZodDto(correctionsQuerySchema) {}
class AttendanceRuleDto extends createZodDto(attendanceRuleSchema) {}

@ApiTags('attendance')
@ApiBearerAuth()
@Controller('events/:eventId/attendance')
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly corrections: AttendanceCorrectionsService,
  ) {}

  /** Organisers: every participant's minutes, by session and day, and who qualifies. */
  @Get()
  event(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<EventAttendanceReport> {
    return this.attendance.event(actorId, eventId);
  }

  @RateLimit(30)
  @Get('people.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="attendance-people.csv"')
  peopleCsv(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<string> {
    return this.attendance.peopleCsv(actorId, eventId);
  }

  @RateLimit(30)
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

  /** The event's certificate rule: anyone in the event reads it, organisers set it. */
  @Get('rule')
  rule(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<AttendanceRule> {
    return this.attendance.rule(personId, eventId);
  }

  @Put('rule')
  setRule(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: AttendanceRuleDto,
  ): Promise<AttendanceRule> {
    return this.attendance.setRule(actorId, eventId, body);
  }

  /** Organisers: every correction; anyone else: those of their own record. */
  @Get('corrections')
  async listCorrections(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Query() query: CorrectionsQueryDto,
  ): Promise<AttendanceCorrections> {
    return { corrections: await this.corrections.list(actorId, eventId, query) };
  }

  /** Organisers: one person's record for one session, corrected with a reason. */
  @Post('corrections')
  @HttpCode(200)
  correct(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: CreateCorrectionDto,
  ): Promise<AttendanceCorrection> {
    return this.corrections.create(actorId, eventId, body);
  }

  @Post('corrections/:correctionId/withdraw')
  @HttpCode(200)
  withdraw(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('correctionId', ParseUUIDPipe) correctionId: string,
    @Body() body: WithdrawCorrectionDto,
  ): Promise<AttendanceCorrection> {
    return this.corrections.withdraw(actorId, eventId, correctionId, body.reason);
  }
}
