import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type AgendaSession,
  createSessionBodySchema,
  type EventAgenda,
  type EventListResponse,
  type EventExport,
  type ImportedEvent,
  importEventBodySchema,
  sessionInputSchema,
} from '@hadir/contracts';
import { createZodDto } from 'nestjs-zod';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { AgendaEditorService } from './agenda-editor.service';
import { EventTransferService } from './event-transfer.service';
import { EventsService } from './events.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

class CreateSessionDto extends createZodDto(createSessionBodySchema) {}
class UpdateSessionDto extends createZodDto(sessionInputSchema) {}
class ImportEventDto extends createZodDto(importEventBodySchema) {}

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly editor: AgendaEditorService,
    private readonly transfer: EventTransferService,
  ) {}

  @Get()
  async list(@CurrentPersonId() personId: string): Promise<EventListResponse> {
    return { events: await this.events.listFor(personId) };
  }

  @Get(':eventId/agenda')
  agenda(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<EventAgenda> {
    return this.events.agenda(personId, eventId);
  }

  @Post(':eventId/sessions')
  createSession(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: CreateSessionDto,
  ): Promise<AgendaSession> {
    return this.editor.create(actorId, eventId, body);
  }

  @Put(':eventId/sessions/:sessionId')
  updateSession(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: UpdateSessionDto,
  ): Promise<AgendaSession> {
    return this.editor.update(actorId, eventId, sessionId, body);
  }

  @Delete(':eventId/sessions/:sessionId')
  @HttpCode(204)
  deleteSession(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
  ): Promise<void> {
    return this.editor.delete(actorId, eventId, sessionId);
  }

  @RateLimit(30)
  @Get(':eventId/export')
  export(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<EventExport> {
    return this.transfer.export(actorId, eventId);
  }

  @RateLimit(20)
  @Post('import')
  import(@CurrentPersonId() actorId: string, @Body() body: ImportEventDto): Promise<ImportedEvent> {
    return this.transfer.import(actorId, body);
  }
}
