import { create } from 'zustand';
import { readStored, writeStored } from '../../../shared/lib/storage';

export const SESSION_TOKEN_KEY = 'hadir.sessionToken';

interface SessionState {
  token: string | null;
  setToken: (token: string) => void;
  clearToken: () => void;
}

/** The session token, kept as a plain string so it survives a reload. */
export const useSessionStore = create<SessionState>()((set) => ({
  token: readStored(SESSION_TOKEN_KEY),
  setToken: (token) => {
    writeStored(SESSION_TOKEN_KEY, token);
    set({ token });
  },
  clearToken: () => {
    writeStored(SESSION_TOKEN_KEY, null);
    set({ token: null });
  },
}));
