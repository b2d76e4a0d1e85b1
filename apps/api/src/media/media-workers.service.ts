import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { createWorker } from 'mediasoup';
import type { WebRtcServer, Worker } from 'mediasoup/types';
import { HadirException } from '../common/hadir.exception';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export interface MediaSlot {
  index: number;
  worker: Worker;
  /** All of this worker's WebRTC transports share its one UDP and one TCP port. */
  webRtcServer: WebRtcServer;
  /** Peers placed on this worker; new peers go to the least loaded one. */
  peers: number;
}

/** Long enough for the dead worker's ports to be released, short enough to go unnoticed. */
const RESTART_DELAY_MS = 500;

/**
 * The mediasoup worker processes: one per core unless configured otherwise. A worker that dies
 * is started again; whoever had media on it is told to join again (see MediaSpacesService).
 */
@Injectable()
export class MediaWorkers implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MediaWorkers.name);
  private readonly slots: (MediaSlot | undefined)[] = [];
  private readonly diedListeners = new Set<(index: number) => void>();
  private startError: string | undefined;
  private stopping = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const { workers, announcedAddress, port } = this.config.media;
    if (workers === 0) return;
    try {
      await Promise.all(Array.from({ length: workers }, (_, index) => this.start(index)));
      this.logger.log(
        `Live media: ${workers} mediasoup worker(s), announced at ${announcedAddress}, ` +
          (port === 0 ? 'on free ports' : `UDP/TCP ports ${port}-${port + workers - 1}`),
      );
    } catch (error) {
      // The rest of Hadir works without media; the health check and every join say why not.
      this.startError = error instanceof Error ? error.message : String(error);
      this.logger.error(`Live media is off: ${this.startError}`);
      this.closeAll();
    }
  }

  onApplicationShutdown(): void {
    this.stopping = true;
    this.closeAll();
  }

  /** The running worker with the fewest peers. */
  pick(): MediaSlot {
    const running = this.slots.filter((slot): slot is MediaSlot => slot !== undefined);
    if (running.length === 0) {
      throw HadirException.of(
        this.config.media.workers === 0 ? 'media.turnedOff' : 'media.unavailable',
      );
    }
    return running.reduce((least, slot) => (slot.peers < least.peers ? slot : least));
  }

  slot(index: number): MediaSlot | undefined {
    return this.slots[index];
  }

  onWorkerDied(listener: (index: number) => void): void {
    this.diedListeners.add(listener);
  }

  status(): { status: 'up' | 'down' | 'not_configured'; message?: string; workers: number } {
    const workers = this.slots.filter(Boolean).length;
    if (this.config.media.workers === 0) return { status: 'not_configured', workers };
    if (this.startError) return { status: 'down', message: this.startError, workers };
    return workers > 0
      ? { status: 'up', workers }
      : { status: 'down', message: 'every media worker is restarting', workers };
  }

  /** Process ids, for operators and for the tests that kill a worker on purpose. */
  pids(): number[] {
    return this.slots.flatMap((slot) => (slot ? [slot.worker.pid] : []));
  }

  private async start(index: number): Promise<void> {
    const { listenIp, announcedAddress, port } = this.config.media;
    const worker = await createWorker({ logLevel: 'warn' });
    worker.on('died', (error) => {
      this.slots[index] = undefined;
      this.logger.error(`Media worker ${index} (pid ${worker.pid}) died: ${error.message}`);
      for (const listener of this.diedListeners) listener(index);
      if (!this.stopping) setTimeout(() => this.restart(index), RESTART_DELAY_MS);
    });
    const listen = { ip: listenIp, announcedAddress, port: port === 0 ? undefined : port + index };
    const webRtcServer = await worker.createWebRtcServer({
      listenInfos: [
        { protocol: 'udp', ...listen },
        { protocol: 'tcp', ...listen },
      ],
    });
    this.slots[index] = { index, worker, webRtcServer, peers: 0 };
  }

  private restart(index: number): void {
    if (this.stopping) return;
    this.start(index).then(
      () => this.logger.log(`Media worker ${index} started again`),
      (error: unknown) => {
        this.logger.error(`Media worker ${index} did not start again: ${String(error)}`);
        setTimeout(() => this.restart(index), RESTART_DELAY_MS * 4);
      },
    );
  }

  private closeAll(): void {
    for (const slot of this.slots) slot?.worker.close();
    this.slots.length = 0;
  }
}
