import { type AgendaSession } from '@hadir/contracts';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTimeRange } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';

export interface EditorSessionRowProps {
  session: AgendaSession;
  eventTimeZone: string;
  onEdit: (session: AgendaSession) => void;
  onDelete: (session: AgendaSession) => void;
}

export function EditorSessionRow({
  session,
  eventTimeZone,
  onEdit,
  onDelete,
}: EditorSessionRowProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const names = (people: AgendaSession['speakers']) => people.map((p) => p.name).join(', ');

  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      data-testid="editor-session"
      data-session-id={session.id}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Text fw={600} w={110} style={{ flexShrink: 0 }} data-testid="editor-session-time">
            {formatTimeRange(session.startsAt, session.endsAt, eventTimeZone, locale)}
          </Text>
          <Stack gap={2}>
            <Group gap={6}>
              <Text fw={600} data-testid="editor-session-title">
                {session.title}
              </Text>
              <Badge variant="light" size="sm">
                {t(`sessionKinds.${session.kind}`)}
              </Badge>
              {session.streamed && (
                <Badge variant="dot" color="red" size="sm">
                  {t('event.streamed')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {session.room ?? t('event.remoteOnly')}
            </Text>
            {session.speakers.length > 0 && (
              <Text size="sm">{t('event.speakers', { names: names(session.speakers) })}</Text>
            )}
            {session.moderators.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('event.moderators', { names: names(session.moderators) })}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            size="xs"
            onClick={() => onEdit(session)}
            aria-label={t('agendaEditor.editSession', { title: session.title })}
            data-testid="editor-session-edit"
          >
            {t('common.edit')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            onClick={() => onDelete(session)}
            aria-label={t('agendaEditor.deleteSession', { title: session.title })}
            data-testid="editor-session-delete"
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
