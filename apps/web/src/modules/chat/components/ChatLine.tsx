import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../checkin/lib/doorWords';

/** One chat message: who (or "you") and when, then the text as the author wrote it. */
export function ChatLine({
  message,
  myId,
}: {
  message: { author: { id: string; name: string }; text: string; sentAt: string };
  myId: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Text size="xs" c="dimmed">
        {message.author.id === myId ? t('chat.you') : message.author.name} ·{' '}
        {clockTime(message.sentAt, i18n.language)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.text}
      </Text>
    </>
  );
}
