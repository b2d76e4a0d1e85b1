import { demoPeopleResponseSchema, metaResponseSchema } from '@hadir/contracts';
import { apiFetch } from '../../../shared/api/apiFetch';

export const fetchMeta = (signal?: AbortSignal) =>
  apiFetch('/meta', metaResponseSchema, { signal });

export const fetchDemoPeople = (signal?: AbortSignal) =>
  apiFetch('/demo/people', demoPeopleResponseSchema, { signal });
