import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Req,
  Header,
  Inject,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type BadgesResponse,
  createPersonBodySchema,
  type EventPeopleResponse,
  type EventPerson,
  type InvitationLink,
  setRolesBodySchema,
  updatePersonBodySchema,
} from '@hadir/contracts';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { originOf } from '../common/origin';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { BadgesService } from './badges.service';
import { InvitationsService } from './invitations.service';
import { PeopleService } from './people.service';
import { CurrentPersonId } from './session-auth.guard';

class CreatePersonDto extends createZodDto(createPersonBodySchema) {}
class UpdatePersonDto extends createZodDto(updatePersonBodySchema) {}
class SetRolesDto extends createZodDto(setRolesBodySchema) {}

@ApiTags('people')
@ApiBearerAuth()
@Controller('events/:eventId')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly badges: BadgesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('people')
  async list(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<EventPeopleResponse> {
    return { people: await this.people.list(actorId, eventId) };
  }

  @Post('people')
  create(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: CreatePersonDto,
  ): Promise<EventPerson> {
    return this.people.create(actorId, eventId, body);
  }

  @Patch('people/:personId')
  update(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() body: UpdatePersonDto,
  ): Promise<EventPerson> {
    return this.people.update(actorId, eventId, personId, body);
  }

  @Put('people/:personId/roles')
  setRoles(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() body: SetRolesDto,
  ): Promise<EventPerson> {
    return this.people.setRoles(actorId, eventId, personId, body.roles);
  }

  @RateLimit(30)
  @Get('people/invitations.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="invitation-links.csv"')
  invitationsCsv(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Req() request: Request,
  ): Promise<string> {
    return this.people.invitationsCsv(actorId, eventId, originOf(request, this.config.publicUrl));
  }

  @Get('people/:personId/invitation')
  invitation(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
  ): Promise<InvitationLink> {
    return this.invitations.current(actorId, eventId, personId);
  }

  @Post('people/:personId/invitation')
  reissueInvitation(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
  ): Promise<InvitationLink> {
    return this.invitations.reissue(actorId, eventId, personId);
  }

  @Delete('people/:personId/invitation')
  @HttpCode(204)
  revokeInvitation(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
  ): Promise<void> {
    return this.invitations.revoke(actorId, eventId, personId);
  }

  @Get('badges')
  async badgeSheet(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<BadgesResponse> {
    return { badges: await this.badges.list(actorId, eventId) };
  }

  @Post('people/:personId/badge')
  async reissueBadge(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
  ): Promise<{ code: string }> {
    return { code: await this.badges.reissue(actorId, eventId, personId) };
  }
}
