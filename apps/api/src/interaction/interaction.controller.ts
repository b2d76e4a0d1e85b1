import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { PollsService } from './polls.service';
import { QuestionsService } from './questions.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

@ApiTags('interaction')
@ApiBearerAuth()
@Controller('events/:eventId/sessions/:sessionId')
export class InteractionController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly polls: PollsService,
  ) {}

  /** The session's questions for staff, as a spreadsheet (cells safe against formulas). */
  @RateLimit(30)
  @Get('questions.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="questions.csv"')
  exportCsv(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
  ): Promise<string> {
    return this.questions.exportCsv(personId, eventId, sessionId);
  }

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
