import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { AnnouncementsModule } from './announcements/announcements.module';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { AttendanceModule } from './attendance/attendance.module';
import { BreakoutsModule } from './breakouts/breakouts.module';
import { CalendarModule } from './calendar/calendar.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { ChatModule } from './chat/chat.module';
import { CheckInModule } from './checkin/check-in.module';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HandsModule } from './hands/hands.module';
import { HealthModule } from './health/health.module';
import { IdentityModule } from './identity/identity.module';
import { LiveModule } from './live/live.module';
import { MediaModule } from './media/media.module';
import { PollsModule } from './polls/polls.module';
import { QnaModule } from './qna/qna.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { SeedModule } from './seed/seed.module';
import { SessionModule } from './session/session.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config),
        RateLimitModule,
        IdentityModule,
        EventsModule,
        LiveModule,
        AnnouncementsModule,
        CheckInModule,
        SessionModule,
        QnaModule,
        PollsModule,
        ChatModule,
        HandsModule,
        BreakoutsModule,
        ActionPlansModule,
        MediaModule,
        AttendanceModule,
        CalendarModule,
        EvaluationModule,
        HealthModule,
        SeedModule,
      ],
      providers: [{ provide: APP_PIPE, useClass: ZodValidationPipe }],
    };
  }
}
