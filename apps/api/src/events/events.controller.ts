import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventAgenda, EventListResponse } from '@hadir/contracts';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

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
}
