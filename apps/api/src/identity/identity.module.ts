import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access.service';
import { EventRoleEntity } from './entities/event-role.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { PersonEntity } from './entities/person.entity';
import { IdentityController } from './identity.controller';
import { IdentityService } from './identity.service';
import { SessionAuthGuard } from './session-auth.guard';
import { TokenService } from './token.service';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, EventRoleEntity, InvitationEntity])],
  controllers: [IdentityController],
  providers: [
    TokenService,
    AccessService,
    IdentityService,
    // Every route needs a session unless it is marked @Public().
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [TokenService, AccessService, IdentityService, TypeOrmModule],
})
export class IdentityModule {}
