import { type Me } from '@hadir/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useLanguageStore } from '../../language/state/languageStore';
import { updateProfile } from '../api/profileApi';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  const choose = useLanguageStore((state) => state.choose);
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (me: Me, body) => {
      queryClient.setQueryData(queryKeys.me, me);
      // Saying which language you want is choosing it, on this device too.
      if (body.locale) choose(me.locale);
    },
  });
}
