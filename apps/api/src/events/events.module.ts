import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { AgendaEditorService } from './agenda-editor.service';
import { EventTransferService } from './event-transfer.service';
import { EventEntity } from './entities/event.entity';
import { SessionPersonEntity } from './entities/session-person.entity';
import { SessionEntity } from './entities/session.entity';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { PeopleImportController } from './people-import.controller';
import { SessionAccessService } from './session-access.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([EventEntity, SessionEntity, SessionPersonEntity]),
    IdentityModule,
    LiveEmitterModule,
  ],
  controllers: [EventsController, PeopleImportController],
  providers: [EventsService, AgendaEditorService, EventTransferService, SessionAccessService],
  exports: [EventsService, SessionAccessService],
})
export class EventsModule {}
