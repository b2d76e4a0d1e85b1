import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DemoPeopleResponse } from '@hadir/contracts';
import { HadirException } from '../common/hadir.exception';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventsService } from '../events/events.service';
import { IdentityService } from '../identity/identity.service';
import { Public } from '../identity/session-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';

/** Demo mode only: lets a newcomer try every role without invitation e-mails. */
@ApiTags('demo')
@Controller('demo')
export class DemoController {
  constructor(
    private readonly identity: IdentityService,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @RateLimit(120)
  @Get('people')
  async people(): Promise<DemoPeopleResponse> {
    if (!this.config.demoMode) throw HadirException.of('auth.demoOff');
    const event = await this.events.firstEvent();
    if (!event) throw HadirException.of('auth.demoNotSeeded');
    return this.identity.demoPeople(event.id);
  }
}
