import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { ChatGateway } from './chat.gateway';
import { ChatService } from './chat.service';
import { ChatMessageEntity } from './entities/chat-message.entity';
import { ChatMuteEntity } from './entities/chat-mute.entity';
import { ReactionsService } from './reactions.service';

/** A session's chat, its moderation, and the audience's reactions. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChatMessageEntity, ChatMuteEntity]),
    EventsModule,
    IdentityModule,
    LiveEmitterModule,
  ],
  providers: [ChatService, ReactionsService, ChatGateway],
  exports: [ChatService],
})
export class ChatModule {}
