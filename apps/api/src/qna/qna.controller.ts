import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { QuestionsService } from './questions.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

@ApiTags('qna')
@ApiBearerAuth()
@Controller('events/:eventId/sessions/:sessionId')
export class QnaController {
  constructor(private readonly questions: QuestionsService) {}

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
}
