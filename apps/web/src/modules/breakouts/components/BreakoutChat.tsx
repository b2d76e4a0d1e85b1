import { type BreakoutChatMessage } from '@hadir/contracts';
import { Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatComposer } from '../../chat/components/ChatComposer';
import { ChatLine } from '../../chat/components/ChatLine';

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
  const { t } = useTranslation();
  const viewport = useRef<HTMLDivElement>(null);

  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [chat.length]);

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
                <ChatLine message={message} myId={myId} />
              </div>
            ))}
          </Stack>
        </ScrollArea>
        <ChatComposer
          placeholder={t('breakouts.chatPlaceholder')}
          testId="breakout-chat"
          onSend={onSend}
        />
      </Stack>
    </Paper>
  );
}
