import { ErrorCode } from '@hadir/contracts';
import { ApiRequestError } from '../api/ApiRequestError';
import { saveFile } from './saveFile';
import { useAuthStore } from '../state/authStore';

/** Downloads a file the API serves behind the session token (a CSV, a calendar file). */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const token = useAuthStore.getState().token;
  const response = await fetch(`/api${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const forbidden = response.status === 403;
    throw new ApiRequestError(response.status, {
      code: forbidden ? ErrorCode.Forbidden : ErrorCode.Internal,
      reason: forbidden ? 'common.forbidden' : 'common.internal',
      message: `${response.status} ${response.statusText}`,
    });
  }
  saveFile(fileName, await response.blob());
}
