import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type CheckInCounts,
  type CheckInRoster,
  checkInSyncBodySchema,
  checkInDayQuerySchema,
  type CheckInHistory,
  type CheckInSyncResponse,
} from '@hadir/contracts';
import { createZodDto } from 'nestjs-zod';
import { AccessService } from '../identity/access.service';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { CheckInCountsService } from './check-in-counts.service';
import { CHECK_IN_ROLES, CheckInService } from './check-in.service';

class CheckInSyncDto extends createZodDto(checkInSyncBodySchema) {}
class DayQueryDto extends createZodDto(checkInDayQuerySchema) {}

@ApiTags('check-in')
@ApiBearerAuth()
@Controller('events/:eventId/check-ins')
export class CheckInController {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly counts: CheckInCountsService,
    private readonly access: AccessService,
  ) {}

  /** An offline scanner's backlog; safe to send again. */
  @Post('sync')
  @HttpCode(200)
  sync(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: CheckInSyncDto,
  ): Promise<CheckInSyncResponse> {
    return this.checkIns.sync(actorId, eventId, body.scans);
  }

  @Get('roster')
  roster(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<CheckInRoster> {
    return this.checkIns.roster(actorId, eventId);
  }

  /** Today's totals, or another day's with `?day=YYYY-MM-DD`. */
  @Get('counts')
  async currentCounts(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Query() query: DayQueryDto,
  ): Promise<CheckInCounts> {
    await this.access.requireRole(actorId, eventId, CHECK_IN_ROLES);
    return this.counts.current(eventId, query.day);
  }

  /** Every scan of the day (today when absent), newest first, with undos and their reasons. */
  @Get()
  history(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Query() query: DayQueryDto,
  ): Promise<CheckInHistory> {
    return this.checkIns.history(actorId, eventId, query.day);
  }
}
