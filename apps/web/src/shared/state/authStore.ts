import { type AccessRevoked } from '@hadir/contracts';
import { create } from 'zustand';
import { readStored, writeStored } from '../lib/storage';

export const SESSION_TOKEN_KEY = 'hadir.sessionToken';

/** Why the app, rather than the person, ended their session: the sign-in page explains it. */
export type SignOutReason = AccessRevoked['reason'];

interface SessionState {
  token: string | null;
  signOutReason: SignOutReason | null;
  setToken: (token: string) => void;
  clearToken: (reason?: SignOutReason) => void;
}

/** The session token, kept as a plain string so it survives a reload. */
export const useAuthStore = create<SessionState>()((set) => ({
  token: readStored(SESSION_TOKEN_KEY),
  signOutReason: null,
  setToken: (token) => {
    writeStored(SESSION_TOKEN_KEY, token);
    set({ token, signOutReason: null });
  },
  clearToken: (reason) => {
    writeStored(SESSION_TOKEN_KEY, null);
    set((state) => ({ token: null, signOutReason: reason ?? state.signOutReason }));
  },
}));
