import { meSchema, type UpdateProfileBody } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const updateProfile = (body: UpdateProfileBody) =>
  apiFetch('/me', meSchema, { method: 'PATCH', body });
