import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module';
import { HealthController } from './health.controller';
import { RedisHealth } from './redis-health.service';

@Module({
  imports: [MediaModule],
  controllers: [HealthController],
  providers: [RedisHealth],
})
export class HealthModule {}
