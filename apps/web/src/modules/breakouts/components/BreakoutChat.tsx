import {
  type BreakoutChatMessage,
  CHAT_MESSAGE_MAX,
  sendBreakoutChatSchema,
} from '@hadir/contracts';
import { Button, Group, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { clockTime } from '../../checkin/lib/doorWords';

/** The room's own chat: only its members and visiting staff read it. */
export function BreakoutChat({
  chat,
  myId,
  onSend,
}: {
  chat: BreakoutChatMessage[];
  myId: string | undefined;
  onSend: (text: string, id: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [draftId, setDraftId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const viewport = useRef<HTMLDivElement>(null);

  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [chat.length]);

  const send = async () => {
    const parsed = sendBreakoutChatSchema.shape.text.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setError(null);
    try {
      await onSend(parsed.data, draftId);
      setText('');
      setDraftId(newId());
    } catch (thrown) {
      setError(errorMessage(thrown));
    }
  };

  return (
    <Paper withBorder p="md" data-testid="breakout-chat">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('breakouts.chat')}
        </Title>
        <ScrollArea h={220} viewportRef={viewport}>
          <Stack gap={6}>
            {chat.length === 0 && <Text c="dimmed">{t('chat.empty')}</Text>}
            {chat.map((message) => (
              <div key={message.id} data-testid="breakout-chat-message">
                <Text size="xs" c="dimmed">
                  {message.author.id === myId ? t('chat.you') : message.author.name} ·{' '}
                  {clockTime(message.sentAt, i18n.language)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {message.text}
                </Text>
              </div>
            ))}
          </Stack>
        </ScrollArea>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            value={text}
            maxLength={CHAT_MESSAGE_MAX}
            placeholder={t('breakouts.chatPlaceholder')}
            aria-label={t('breakouts.chatPlaceholder')}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void send();
            }}
            error={error}
            data-testid="breakout-chat-input"
          />
          <Button onClick={() => void send()} data-testid="breakout-chat-send">
            {t('chat.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
