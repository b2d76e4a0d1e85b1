import { create } from 'zustand';

/**
 * What the live socket is doing. `refused` means the server turned the connection down (an expired
 * session, say): socket.io does not retry that by itself.
 */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'refused';

interface ConnectionState {
  socketState: SocketState;
  setSocketState: (socketState: SocketState) => void;
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  socketState: 'idle',
  setSocketState: (socketState) => set({ socketState }),
}));
