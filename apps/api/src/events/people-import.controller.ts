import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { importPeopleBodySchema, type ImportReport } from '@hadir/contracts';
import { createZodDto } from 'nestjs-zod';
import { PeopleService } from '../identity/people.service';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { EventsService } from './events.service';

class ImportPeopleDto extends createZodDto(importPeopleBodySchema) {}

/**
 * The people import: identity owns people, the event owns the time zone that places in-person
 * attendees, so the route that needs both lives here, above the two.
 */
@ApiTags('people')
@ApiBearerAuth()
@Controller('events/:eventId')
export class PeopleImportController {
  constructor(
    private readonly people: PeopleService,
    private readonly events: EventsService,
  ) {}

  /** What importing the file would do, row by row; writes nothing. */
  @RateLimit(20)
  @Post('people/import/preview')
  @HttpCode(200)
  preview(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: ImportPeopleDto,
  ): Promise<ImportReport> {
    return this.people.import(actorId, eventId, { csv: body.csv, apply: false }, (id) =>
      this.events.timeZoneOf(id),
    );
  }

  @RateLimit(20)
  @Post('people/import')
  @HttpCode(200)
  import(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: ImportPeopleDto,
  ): Promise<ImportReport> {
    return this.people.import(actorId, eventId, { csv: body.csv, apply: true }, (id) =>
      this.events.timeZoneOf(id),
    );
  }
}
