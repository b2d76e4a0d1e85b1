import { type Ack, type Announcement, type CreateAnnouncement } from '@hadir/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../../../shared/api/ApiRequestError';
import { type LiveSocket } from '../../live/api/liveSocket';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { addAnnouncementToCache } from '../api/announcementsCache';

const ACK_TIMEOUT_MS = 5000;

/** The server did not acknowledge in time; the announcement may or may not have been stored. */
export class AckTimeoutError extends Error {
  override readonly name = 'AckTimeoutError';
}

function emitCreate(socket: LiveSocket, payload: CreateAnnouncement): Promise<Ack<Announcement>> {
  return new Promise((resolve, reject) => {
    socket.timeout(ACK_TIMEOUT_MS).emit('announcement:create', payload, (error, ack) => {
      if (error) reject(new AckTimeoutError());
      else resolve(ack);
    });
  });
}

export function useCreateAnnouncement() {
  const socket = useLiveSocket();
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: async (payload: CreateAnnouncement): Promise<Announcement> => {
      const ack = await emitCreate(socket, payload);
      if (!ack.ok) throw new ApiRequestError(null, ack.error);
      return ack.data;
    },
    onSuccess: (announcement) => addAnnouncementToCache(queryClient, announcement),
  });
}
