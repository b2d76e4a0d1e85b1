import { tz } from '@date-fns/tz';
import { type Announcement } from '@hadir/contracts';
import { Badge, Paper, Stack, Text } from '@mantine/core';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';

export interface AnnouncementListProps {
  announcements: readonly Announcement[];
  viewerTimeZone: string;
}

export function AnnouncementList({ announcements, viewerTimeZone }: AnnouncementListProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();

  if (announcements.length === 0) {
    return (
      <Text c="dimmed" data-testid="announcements-empty">
        {t('announcements.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {announcements.map((announcement, index) => {
        const latest = index === 0;
        return (
          <Paper
            key={announcement.id}
            component="li"
            p="sm"
            radius="md"
            withBorder
            bg={latest ? 'yellow.0' : undefined}
            style={latest ? { borderColor: 'var(--mantine-color-yellow-5)' } : undefined}
            data-testid="announcement"
            data-announcement-id={announcement.id}
            data-latest={latest}
          >
            {latest && (
              <Badge size="xs" color="yellow" variant="filled" mb={4}>
                {t('announcements.latest')}
              </Badge>
            )}
            <Text
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              data-testid="announcement-text"
            >
              {announcement.text}
            </Text>
            <Text size="xs" c="dimmed">
              {t('announcements.byline', {
                name: announcement.authorName,
                time: format(announcement.createdAt, 'EEE d MMM, HH:mm', {
                  in: tz(viewerTimeZone),
                  locale,
                }),
              })}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}
