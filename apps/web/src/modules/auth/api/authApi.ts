import { meSchema, sessionTokenResponseSchema } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const redeemInvitation = (token: string) =>
  apiFetch('/auth/invitations/redeem', sessionTokenResponseSchema, {
    method: 'POST',
    body: { token },
  });

export const fetchMe = (signal?: AbortSignal) => apiFetch('/me', meSchema, { signal });
