import { type BreakoutNotesText } from '@hadir/contracts';
import { Paper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../session-live/hooks/useSessionLive';
import { useBreakouts } from '../hooks/useBreakouts';

/** On the room display: the notes of the room staff chose to show, as a group reports back. */
export function DisplayedNotes({ sessionId, joins }: { sessionId: string; joins: number }) {
  const { t } = useTranslation();
  const socket = useLiveSocket();
  const { state } = useBreakouts(sessionId, joins);
  const shown = state?.sets.find((set) => set.shownRoomId !== null) ?? null;
  const roomId = shown?.shownRoomId ?? null;
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
  }, [socket, roomId, shown]);

  if (!roomId || notes?.roomId !== roomId) return null;
  return (
    <Paper withBorder p="xl" radius="md" data-testid="display-notes">
      <Title order={2} fz={28} mb="md">
        {t('breakouts.displayNotes', { name: notes.name })}
      </Title>
      <Text fz="xl" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {notes.text}
      </Text>
    </Paper>
  );
}
