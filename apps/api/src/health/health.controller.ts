import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MetaResponse } from '@hadir/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Public } from '../identity/session-auth.guard';
import { RedisHealth } from './redis-health.service';

type CheckStatus = 'up' | 'down' | 'not_configured';

export interface HealthResponse {
  status: 'ok' | 'error';
  checks: Record<'database' | 'redis' | 'mediasoup', { status: CheckStatus; message?: string }>;
}

export const VERSION = '0.1.0';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisHealth,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For load balancers and operators: 200 when every configured dependency answers, else 503. */
  @Public()
  @Get('health')
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const [database, redis] = await Promise.all([this.checkDatabase(), this.redis.check()]);
    const checks: HealthResponse['checks'] = {
      database,
      redis,
      mediasoup: { status: 'not_configured' },
    };
    const healthy = Object.values(checks).every((check) => check.status !== 'down');
    response.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'error', checks };
  }

  @Public()
  @Get('meta')
  meta(): MetaResponse {
    return { demoMode: this.config.demoMode, version: VERSION };
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
