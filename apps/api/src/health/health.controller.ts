import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MediaCounts, MetaResponse } from '@hadir/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Public } from '../identity/session-auth.guard';
import { MediaSpacesService } from '../media/media-spaces.service';
import { MediaWorkers } from '../media/media-workers.service';
import { RedisHealth } from './redis-health.service';

type CheckStatus = 'up' | 'down' | 'not_configured';

export interface HealthResponse {
  status: 'ok' | 'error';
  checks: Record<'database' | 'redis' | 'mediasoup', { status: CheckStatus; message?: string }>;
  /** Live media objects on this node: they return to zero when everyone has left. */
  media: MediaCounts;
}

export const VERSION = '0.1.0';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisHealth,
    private readonly mediaWorkers: MediaWorkers,
    private readonly mediaRooms: MediaSpacesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For load balancers and operators: 200 when every configured dependency answers, else 503. */
  @Public()
  @Get('health')
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const [database, redis] = await Promise.all([this.checkDatabase(), this.redis.check()]);
    const { status, message } = this.mediaWorkers.status();
    const checks: HealthResponse['checks'] = {
      database,
      redis,
      mediasoup: message === undefined ? { status } : { status, message },
    };
    const healthy = Object.values(checks).every((check) => check.status !== 'down');
    response.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'error', checks, media: this.mediaRooms.counts() };
  }

  @Public()
  @Get('meta')
  meta(): MetaResponse {
    return {
      demoMode: this.config.demoMode,
      version: VERSION,
      mediaSocketPath: this.config.media.socketPath,
    };
  }

  private async checkDatabase(): Promise<HealthResponse['checks']['database']> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'up' };
    } catch (thrown) {
      return { status: 'down', message: thrown instanceof Error ? thrown.message : String(thrown) };
    }
  }
}
