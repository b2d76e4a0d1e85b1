import { type BreakoutNotesText } from '@hadir/contracts';
import { useEffect, useState } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';

/**
 * The text of the room whose notes are on the display: read when staff choose the room and at
 * every join (pushes missed while away), then followed as the server pushes it while the group
 * writes. Null until the shown room's text is known.
 */
export function useShownNotes(
  sessionId: string,
  roomId: string | null,
  joins: number,
): BreakoutNotesText | null {
  const socket = useLiveSocket();
  const [notes, setNotes] = useState<BreakoutNotesText | null>(null);

  useEffect(() => {
    if (!roomId) return;
    let current = true;
    request<BreakoutNotesText>((cb) =>
      socket.timeout(ACK_TIMEOUT_MS).emit('breakout:notes.get', { roomId }, cb),
    )
      .then((text) => current && setNotes(text))
      .catch(() => current && setNotes(null));
    return () => {
      current = false;
    };
  }, [socket, roomId, joins]);

  useEffect(() => {
    const shown = ({ sessionId: of, ...text }: BreakoutNotesText & { sessionId: string }) => {
      if (of === sessionId) setNotes(text);
    };
    socket.on('breakout:notes.shown', shown);
    return () => {
      socket.off('breakout:notes.shown', shown);
    };
  }, [socket, sessionId]);

  return notes?.roomId === roomId ? notes : null;
}
