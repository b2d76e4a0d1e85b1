import { type ReactNode, useEffect, useState } from 'react';
import { createLiveSocket } from '../api/liveSocket';
import { LiveSocketContext } from '../hooks/LiveSocketContext';
import { useConnectionStore } from '../state/connectionStore';

export interface LiveSocketProviderProps {
  /** Render with `key={token}` so that a new session gets a new socket. */
  token: string;
  children: ReactNode;
}

export function LiveSocketProvider({ token, children }: LiveSocketProviderProps) {
  const [socket] = useState(() => createLiveSocket(token));

  useEffect(() => {
    const { setSocketState } = useConnectionStore.getState();
    setSocketState('connecting');
    socket.connect();
    return () => {
      socket.disconnect();
      setSocketState('idle');
    };
  }, [socket]);

  return <LiveSocketContext.Provider value={socket}>{children}</LiveSocketContext.Provider>;
}
