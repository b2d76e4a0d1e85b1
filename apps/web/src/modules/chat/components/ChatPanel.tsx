import { type SessionState } from '@hadir/contracts';
import {
  ActionIcon,
  Alert,
  Group,
  Menu,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import type { SessionActions } from '../../session/hooks/useSessionActions';
import { ChatComposer } from './ChatComposer';
import { ChatLine } from './ChatLine';

export interface ChatPanelProps {
  state: SessionState;
  actions: SessionActions;
  myId: string | undefined;
}

/** The session's chat; staff can remove a message or mute its author from here. */
export function ChatPanel({ state, actions, myId }: ChatPanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const mutedIds = new Set(state.mutedPeople.map((person) => person.id));

  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [state.chat.length]);

  const moderate = (action: Promise<unknown>) =>
    void action.catch((thrown: unknown) => setError(errorMessage(thrown)));

  return (
    <Paper withBorder p="md" data-testid="chat">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('chat.title')}
        </Title>
        <ScrollArea h={260} viewportRef={viewport}>
          <Stack gap={6}>
            {state.chat.length === 0 && <Text c="dimmed">{t('chat.empty')}</Text>}
            {state.chat.map((message) => (
              <Group
                key={message.id}
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                data-testid="chat-message"
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  <ChatLine message={message} myId={myId} />
                </div>
                {state.staff && (
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('chat.moderate')}>
                        ⋯
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        color="red"
                        onClick={() => moderate(actions.deleteChat(message.id))}
                      >
                        {t('chat.delete')}
                      </Menu.Item>
                      {message.author.id !== myId && (
                        <Menu.Item
                          onClick={() =>
                            moderate(
                              actions.mute(message.author.id, !mutedIds.has(message.author.id)),
                            )
                          }
                        >
                          {mutedIds.has(message.author.id)
                            ? t('chat.unmute', { name: message.author.name })
                            : t('chat.mute', { name: message.author.name })}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Group>
            ))}
          </Stack>
        </ScrollArea>
        {state.muted ? (
          <Alert color="orange" variant="light" data-testid="chat-muted">
            {t('chat.muted')}
          </Alert>
        ) : (
          <ChatComposer
            placeholder={t('chat.placeholder')}
            testId="chat"
            onSend={(text, id) => actions.sendChat(id, text)}
          />
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        {state.staff && state.mutedPeople.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('chat.mutedList', {
              names: state.mutedPeople.map((person) => person.name).join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
