import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { DemoController } from './demo.controller';
import { DemoSeeder } from './demo-seeder.service';

@Module({
  imports: [IdentityModule, EventsModule],
  controllers: [DemoController],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
