import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useSessionStore } from '../state/sessionStore';

export function useSignOut() {
  const queryClient = useQueryClient();
  const clearToken = useSessionStore((state) => state.clearToken);
  const navigate = useNavigate();
  return useCallback(() => {
    clearToken();
    queryClient.clear();
    void navigate('/sign-in', { replace: true });
  }, [clearToken, navigate, queryClient]);
}
