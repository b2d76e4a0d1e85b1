import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type CalendarFeed, createCalendarFeedSchema } from '@hadir/contracts';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { HadirException } from '../common/hadir.exception';
import { originOf } from '../common/origin';
import { CurrentPersonId, Public } from '../identity/session-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { CalendarService } from './calendar.service';

class CreateCalendarFeedDto extends createZodDto(createCalendarFeedSchema) {}

/** Set on success only: a refusal is JSON, as everywhere else. */
const ICS = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @RateLimit(30)
  @Get('events/:eventId/sessions/:sessionId/calendar.ics')
  async session(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const file = await this.calendar.session(personId, eventId, sessionId, originOf(request));
    response.type(ICS).attachment('session.ics');
    return file;
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
  @Header('Cache-Control', 'no-store')
  async subscription(
    @Param('file') file: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    if (!file.endsWith('.ics')) throw HadirException.of('calendar.feedTurnedOff');
    const ics = await this.calendar.subscription(file.slice(0, -'.ics'.length), originOf(request));
    response.type(ICS);
    return ics;
  }
}
