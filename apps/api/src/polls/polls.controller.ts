import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { PollsService } from './polls.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

@ApiTags('polls')
@ApiBearerAuth()
@Controller('events/:eventId/sessions/:sessionId')
export class PollsController {
  constructor(private readonly polls: PollsService) {}

  /** One poll's responses for staff (names only when the poll was not anonymous). */
  @RateLimit(30)
  @Get('polls/:pollId/responses.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="poll-responses.csv"')
  exportPoll(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Param('pollId', ParseUUIDPipe) pollId: string,
  ): Promise<string> {
    return this.polls.exportCsv(personId, eventId, sessionId, pollId);
  }
}
