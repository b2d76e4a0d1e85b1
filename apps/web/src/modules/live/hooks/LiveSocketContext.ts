import { createContext } from 'react';
import { type LiveSocket } from '../api/liveSocket';

export const LiveSocketContext = createContext<LiveSocket | null>(null);
