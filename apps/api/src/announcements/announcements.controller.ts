import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AnnouncementListResponse } from '@hadir/contracts';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { AnnouncementsService } from './announcements.service';

@ApiTags('announcements')
@ApiBearerAuth()
@Controller('events/:eventId/announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Get()
  async recent(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<AnnouncementListResponse> {
    return { announcements: await this.announcements.recent(personId, eventId) };
  }
}
