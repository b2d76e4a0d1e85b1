import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { AccessService } from './access.service';
import { BadgesService } from './badges.service';
import { BadgeEntity } from './entities/badge.entity';
import { EventRoleEntity } from './entities/event-role.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { PersonEntity } from './entities/person.entity';
import { IdentityController } from './identity.controller';
import { IdentityService } from './identity.service';
import { InvitationsService } from './invitations.service';
import { PeopleController } from './people.controller';
import { PeopleDirectory } from './people-directory.service';
import { PeopleService } from './people.service';
import { SessionAuthGuard } from './session-auth.guard';
import { TokenService } from './token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PersonEntity, EventRoleEntity, InvitationEntity, BadgeEntity]),
    LiveEmitterModule,
  ],
  controllers: [IdentityController, PeopleController],
  providers: [
    TokenService,
    AccessService,
    IdentityService,
    PeopleService,
    InvitationsService,
    BadgesService,
    PeopleDirectory,
    // Every route needs a session unless it is marked @Public().
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [
    TokenService,
    AccessService,
    IdentityService,
    PeopleService,
    InvitationsService,
    PeopleDirectory,
  ],
})
export class IdentityModule {}
