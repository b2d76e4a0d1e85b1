import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBreakouts } from '../hooks/useBreakouts';
import { useShownNotes } from '../hooks/useShownNotes';

/** On the room display: the notes of the room staff chose to show, as a group reports back. */
export function DisplayedNotes({ sessionId, joins }: { sessionId: string; joins: number }) {
  const { t } = useTranslation();
  const { state } = useBreakouts(sessionId, joins);
  const roomId = state?.sets.find((set) => set.shownRoomId !== null)?.shownRoomId ?? null;
  const notes = useShownNotes(sessionId, roomId, joins);

  if (!notes) return null;
  return (
    <Paper withBorder p="xl" radius="md" data-testid="display-notes" data-room-id={notes.roomId}>
      <Title order={2} fz={28} mb="md">
        {t('breakouts.displayNotes', { name: notes.name })}
      </Title>
      <Text
        fz="xl"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        data-testid="display-notes-text"
      >
        {notes.text}
      </Text>
    </Paper>
  );
}
