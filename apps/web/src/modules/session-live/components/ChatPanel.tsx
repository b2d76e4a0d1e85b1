import { CHAT_MESSAGE_MAX, type SessionState, sendChatSchema } from '@hadir/contracts';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Menu,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { clockTime } from '../../checkin/lib/doorWords';
import { type SessionActions } from '../hooks/useSessionActions';

export interface ChatPanelProps {
  state: SessionState;
  actions: SessionActions;
  myId: string | undefined;
}

/** The session's chat; staff can remove a message or mute its author from here. */
export function ChatPanel({ state, actions, myId }: ChatPanelProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [draftId, setDraftId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const mutedIds = new Set(state.mutedPeople.map((person) => person.id));

  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [state.chat.length]);

  const send = async () => {
    const parsed = sendChatSchema.shape.text.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setError(null);
    try {
      await actions.sendChat(draftId, parsed.data);
      setText('');
      setDraftId(newId());
    } catch (thrown) {
      setError(errorMessage(thrown));
    }
  };
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
                  <Text size="xs" c="dimmed">
                    {message.author.id === myId ? t('chat.you') : message.author.name} ·{' '}
                    {clockTime(message.sentAt, i18n.language)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {message.text}
                  </Text>
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
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              value={text}
              maxLength={CHAT_MESSAGE_MAX}
              placeholder={t('chat.placeholder')}
              aria-label={t('chat.placeholder')}
              onChange={(event) => setText(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void send();
              }}
              error={error}
              data-testid="chat-input"
            />
            <Button onClick={() => void send()} data-testid="chat-send">
              {t('chat.send')}
            </Button>
          </Group>
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
