import { LIVE_NAMESPACE } from '@hadir/contracts';
import type { GatewayMetadata } from '@nestjs/websockets';
import type { ServerOptions } from 'socket.io';

/**
 * Shared by every gateway on the live namespace: Nest creates the socket.io server from the
 * first gateway it meets, so they must all agree.
 */
export const LIVE_GATEWAY_OPTIONS: GatewayMetadata & Partial<ServerOptions> = {
  namespace: LIVE_NAMESPACE,
  // Same-origin only: the API serves the web app itself.
  cors: { origin: false },
  connectionStateRecovery: {
    // A phone that loses Wi-Fi in the hall for up to two minutes gets what it missed.
    maxDisconnectionDuration: 2 * 60 * 1000,
    // The socket was authenticated when it first connected and its data is restored with it;
    // LiveGateway checks its invitation is still active before restoring it.
    skipMiddlewares: true,
  },
};
