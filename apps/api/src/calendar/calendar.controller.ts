import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type CalendarFeed, createCalendarFeedSchema } from '@hadir/contracts';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { HadirException } from '../common/hadir.exception';
import { originOf } from '../common/origin';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { CurrentPersonId, Public } from '../identity/session-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { CalendarService } from './calendar.service';

class CreateCalendarFeedDto extends createZodDto(createCalendarFeedSchema) {}

const ICS = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RateLimit(30)
  @Get('events/:eventId/sessions/:sessionId/calendar.ics')
  @Header('Content-Type', ICS)
  @Header('Content-Disposition', 'attachment; filename="session.ics"')
  session(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Req() request: Request,
  ): Promise<string> {
    return this.calendar.session(personId, eventId, sessionId, this.originOf(request));
  }

  @Get('events/:eventId/calendar-feed')
  feed(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<CalendarFeed> {
    return this.calendar.feed(personId, eventId);
  }

  @RateLimit(20)
  @Post('events/:eventId/calendar-feed')
  renew(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: CreateCalendarFeedDto,
  ): Promise<CalendarFeed> {
    return this.calendar.renew(personId, eventId, body);
  }

  @Delete('events/:eventId/calendar-feed')
  turnOff(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<CalendarFeed> {
    return this.calendar.turnOff(personId, eventId);
  }

  /** What a calendar application fetches, without a sign-in: the link's token is the key. */
  @Public()
  @RateLimit(60)
  @Get('calendar/:file')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'no-store')
  subscription(@Param('file') file: string, @Req() request: Request): Promise<string> {
    if (!file.endsWith('.ics')) throw HadirException.of('calendar.feedTurnedOff');
    return this.calendar.subscription(file.slice(0, -'.ics'.length), this.originOf(request));
  }

  private originOf(request: Request): string {
    return originOf(request, this.config.publicUrl);
  }
}
