import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { forgetSignedInPerson } from '../api/forgetSignedInPerson';
import { useAuthStore } from '../../../shared/state/authStore';

export function useSignOut() {
  const queryClient = useQueryClient();
  const clearToken = useAuthStore((state) => state.clearToken);
  const navigate = useNavigate();
  return useCallback(() => {
    clearToken();
    forgetSignedInPerson(queryClient);
    void navigate('/sign-in', { replace: true });
  }, [clearToken, navigate, queryClient]);
}
