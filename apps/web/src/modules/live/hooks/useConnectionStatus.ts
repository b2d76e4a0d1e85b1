import { useConnectionStore } from '../state/connectionStore';
import { useBrowserOnline } from './useBrowserOnline';

/** The three states people see; `data-state` on the indicator carries the same value. */
export type ConnectionStatus = 'connected' | 'reconnecting' | 'offline';

export interface ConnectionStatusView {
  status: ConnectionStatus;
  labelKey:
    | 'connection.connected'
    | 'connection.connecting'
    | 'connection.reconnecting'
    | 'connection.offline'
    | 'connection.refused';
}

export function useConnectionStatus(): ConnectionStatusView {
  const online = useBrowserOnline();
  const socketState = useConnectionStore((state) => state.socketState);

  if (!online) return { status: 'offline', labelKey: 'connection.offline' };
  switch (socketState) {
    case 'connected':
      return { status: 'connected', labelKey: 'connection.connected' };
    case 'refused':
      return { status: 'offline', labelKey: 'connection.refused' };
    case 'idle':
    case 'connecting':
      return { status: 'reconnecting', labelKey: 'connection.connecting' };
    case 'reconnecting':
      return { status: 'reconnecting', labelKey: 'connection.reconnecting' };
  }
}
