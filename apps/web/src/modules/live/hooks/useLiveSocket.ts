import { useContext } from 'react';
import { type LiveSocket } from '../api/liveSocket';
import { LiveSocketContext } from './LiveSocketContext';

/** The signed-in person's live socket; only inside `LiveSocketProvider`. */
export function useLiveSocket(): LiveSocket {
  const socket = useContext(LiveSocketContext);
  if (socket === null) throw new Error('useLiveSocket needs a LiveSocketProvider above it');
  return socket;
}
