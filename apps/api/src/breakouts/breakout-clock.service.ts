import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { BreakoutsService } from './breakouts.service';

/**
 * Each API node looks once a second for rooms whose time is up. The state lives in the database
 * and every step is a conditional update, so with several nodes exactly one acts, and a node
 * that stops leaves the others to close its rooms on time.
 */
export const BREAKOUT_TICK_MS = 1000;

@Injectable()
export class BreakoutClockService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(BreakoutClockService.name);
  private timer: ReturnType<typeof setInterval> | undefined;
  private ticking = false;

  constructor(private readonly breakouts: BreakoutsService) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.tick(), BREAKOUT_TICK_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    // A slow database must not stack ticks up behind each other.
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.breakouts.tick();
    } catch (error) {
      this.logger.warn(`Breakout timer failed: ${String(error)}`);
    } finally {
      this.ticking = false;
    }
  }
}
