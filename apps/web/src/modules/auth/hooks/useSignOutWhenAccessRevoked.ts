import { type AccessRevoked } from '@hadir/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { forgetSignedInPerson } from '../api/forgetSignedInPerson';
import { useAuthStore } from '../../../shared/state/authStore';

/**
 * The server says, just before it drops the connection, that this person's invitation was
 * withdrawn: their token is dead too, so forget it now and say why at sign-in.
 */
export function useSignOutWhenAccessRevoked(): void {
  const socket = useLiveSocket();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    const handleRevoked = ({ reason }: AccessRevoked) => {
      useAuthStore.getState().clearToken(reason);
      forgetSignedInPerson(queryClient);
      void navigate('/sign-in', { replace: true });
    };
    socket.on('system:access.revoked', handleRevoked);
    return () => {
      socket.off('system:access.revoked', handleRevoked);
    };
  }, [navigate, queryClient, socket]);
}
