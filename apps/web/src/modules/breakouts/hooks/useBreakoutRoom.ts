import {
  type AttendanceMode,
  type BreakoutChatMessage,
  type BreakoutNotesUpdate,
  type BreakoutPresent,
  type BreakoutRoomHere,
  type BreakoutRoomState,
} from '@hadir/contracts';
import { useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';
import { newId } from '../../../shared/lib/newId';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';
import { fromBase64, toBase64 } from '../lib/base64';

/** Marks edits that came from the server, so they are not sent back. */
const REMOTE = Symbol('remote');

/**
 * Being in a breakout room: entered at every connection (a lost connection loses its rooms),
 * who has it open, its chat, and its shared notes as a Yjs document. Local edits are sent as they happen; after
 * a reconnect, whatever the server has not seen is sent again, so nothing typed offline is lost.
 */
export function useBreakoutRoom(roomId: string, mode: AttendanceMode) {
  const socket = useLiveSocket();
  // One document per room: the component showing a room is keyed by it.
  const [doc] = useState(() => new Y.Doc());
  const [entered, setEntered] = useState<BreakoutRoomState | null>(null);
  const [chat, setChat] = useState<BreakoutChatMessage[]>([]);
  const [here, setHere] = useState<BreakoutPresent[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    const sendUpdate = (update: Uint8Array) =>
      request<null>((cb) =>
        socket
          .timeout(ACK_TIMEOUT_MS)
          .emit('breakout:notes.update', { roomId, update: toBase64(update) }, cb),
      ).catch((thrown: unknown) => current && setError(thrown));
    const enter = () => {
      request<BreakoutRoomState>((cb) =>
        socket.timeout(ACK_TIMEOUT_MS).emit('breakout:room.enter', { roomId, mode }, cb),
      )
        .then((state) => {
          if (!current) return;
          const server = fromBase64(state.notes);
          Y.applyUpdate(doc, server, REMOTE);
          const missing = Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(server));
          // An empty update is two zero bytes: nothing the server lacks.
          if (missing.length > 2) void sendUpdate(missing);
          setChat(state.chat);
          setHere(state.here);
          setEntered(state);
          setError(null);
        })
        .catch((thrown: unknown) => current && setError(thrown));
    };
    const onLocal = (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE && socket.connected) void sendUpdate(update);
    };
    const onRemote = (edit: BreakoutNotesUpdate) => {
      if (edit.roomId === roomId) Y.applyUpdate(doc, fromBase64(edit.update), REMOTE);
    };
    const onMessage = (message: BreakoutChatMessage) => {
      if (message.roomId !== roomId) return;
      setChat((messages) =>
        messages.some((m) => m.id === message.id) ? messages : [...messages, message],
      );
    };
    const onHere = (present: BreakoutRoomHere) => {
      if (present.roomId === roomId) setHere(present.here);
    };
    doc.on('update', onLocal);
    socket.on('breakout:notes.updated', onRemote);
    socket.on('breakout:room.here', onHere);
    socket.on('breakout:chat.message', onMessage);
    socket.on('connect', enter);
    if (socket.connected) enter();
    return () => {
      current = false;
      doc.off('update', onLocal);
      socket.off('breakout:notes.updated', onRemote);
      socket.off('breakout:room.here', onHere);
      socket.off('breakout:chat.message', onMessage);
      socket.off('connect', enter);
      socket.timeout(ACK_TIMEOUT_MS).emit('breakout:room.leave', { roomId }, () => undefined);
    };
  }, [socket, roomId, mode, doc]);

  const actions = useMemo(
    () => ({
      /** `id` stays the same across retries of one draft, so a resend never posts twice. */
      send: (text: string, id = newId()) =>
        request<BreakoutChatMessage>((cb) =>
          socket.timeout(ACK_TIMEOUT_MS).emit('breakout:chat.send', { id, roomId, text }, cb),
        ).then((message) => {
          setChat((messages) =>
            messages.some((m) => m.id === message.id) ? messages : [...messages, message],
          );
          return message;
        }),
    }),
    [socket, roomId],
  );

  return { entered, chat, here, doc, error, actions };
}
