import { type SessionTokenResponse } from '@hadir/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { forgetSignedInPerson } from '../api/forgetSignedInPerson';
import { redeemInvitation } from '../api/authApi';
import { useAuthStore } from '../../../shared/state/authStore';

/** Exchanges an invitation token for a session; whoever was signed in before is signed out. */
export function useRedeemInvitation() {
  const queryClient = useQueryClient();
  const setToken = useAuthStore((state) => state.setToken);
  return useMutation({
    mutationFn: redeemInvitation,
    onSuccess: ({ token, me }: SessionTokenResponse) => {
      forgetSignedInPerson(queryClient);
      setToken(token);
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}
