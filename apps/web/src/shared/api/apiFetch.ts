import { ErrorCode, errorResponseSchema } from '@hadir/contracts';
import { z } from 'zod';
import { useAuthStore } from '../state/authStore';
import { ApiRequestError } from './ApiRequestError';

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** The schema for a 204 No Content: there is no body, which `apiFetch` reads as null. */
export const noContentSchema = z.null();

/**
 * Calls the REST API on the same origin and parses the answer with its contract schema, so a
 * response that drifted from the contract fails here, loudly, rather than deep inside a component.
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  schema: S,
  { method = 'GET', body, signal }: ApiFetchOptions = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = useAuthStore.getState().token;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await fetch(`/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const payload: unknown = await response.json().catch(() => null);

  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(payload);
    throw new ApiRequestError(
      response.status,
      parsed.success
        ? parsed.data.error
        : {
            code: ErrorCode.Internal,
            reason: 'common.internal',
            message: `${response.status} ${response.statusText}`,
          },
    );
  }
  return schema.parse(payload);
}
