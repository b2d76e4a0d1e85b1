import { type CalendarFeed } from '@hadir/contracts';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { copyText } from '../../../shared/lib/clipboard';
import { newId } from '../../../shared/lib/newId';
import { fetchCalendarFeed, renewCalendarFeed, turnOffCalendarFeed } from '../api/calendarApi';

/**
 * The person's programme as a calendar subscription: their calendar application reads the link
 * again by itself, so a moved session moves there too. A new link stops the old one, so a link
 * shared by mistake can be taken back.
 */
export function CalendarSubscription({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const feed = useQuery({
    queryKey: queryKeys.calendarFeed(eventId),
    queryFn: ({ signal }) => fetchCalendarFeed(eventId, signal),
  });
  const [copied, setCopied] = useState<boolean | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // One id per click, kept across the mutation's own retries.
  const pendingId = useRef<string | null>(null);
  const settle = (next: CalendarFeed) => {
    pendingId.current = null;
    setCopied(null);
    queryClient.setQueryData(queryKeys.calendarFeed(eventId), next);
  };
  const renew = useMutation({
    mutationFn: () => renewCalendarFeed(eventId, (pendingId.current ??= newId())),
    onSuccess: settle,
  });
  const turnOff = useMutation({
    mutationFn: () => turnOffCalendarFeed(eventId),
    onSuccess: settle,
  });

  const card = useRef<HTMLDivElement>(null);
  // Reached from the event home's "In my calendar": the card may sit below the first screen.
  useEffect(() => {
    if (window.location.hash === '#calendar') card.current?.scrollIntoView({ block: 'start' });
  }, []);

  const path = feed.data?.path ?? null;
  const url = path ? `${window.location.origin}${path}` : null;
  const failure = feed.error ?? renew.error ?? turnOff.error;

  return (
    <Paper
      ref={card}
      withBorder
      p="lg"
      radius="md"
      id="calendar"
      data-testid="calendar-subscription"
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('calendar.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calendar.intro')}
        </Text>
        {failure && (
          <Alert color="red" variant="light" role="alert" data-testid="calendar-error">
            {errorMessage(failure)}
          </Alert>
        )}
        {url ? (
          <>
            <TextInput
              ref={input}
              readOnly
              value={url}
              label={t('calendar.linkLabel')}
              onFocus={(focusEvent) => focusEvent.currentTarget.select()}
              data-testid="calendar-link"
            />
            {copied === true && (
              <Text size="sm" c="green" role="status" data-testid="calendar-copied">
                {t('calendar.copied')}
              </Text>
            )}
            {copied === false && (
              <Text size="sm" role="status">
                {t('calendar.copyByHand')}
              </Text>
            )}
            <Group gap="sm">
              <Button
                onClick={() =>
                  void copyText(url).then((done) => {
                    setCopied(done);
                    if (!done) input.current?.select();
                  })
                }
                data-testid="calendar-copy"
              >
                {t('calendar.copy')}
              </Button>
              <Anchor href={url.replace(/^https?:/, 'webcal:')} data-testid="calendar-open">
                {t('calendar.open')}
              </Anchor>
            </Group>
            <Group gap="sm">
              <Button
                variant="default"
                loading={renew.isPending}
                onClick={() => renew.mutate()}
                data-testid="calendar-renew"
              >
                {t('calendar.renew')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                loading={turnOff.isPending}
                onClick={() => turnOff.mutate()}
                data-testid="calendar-turn-off"
              >
                {t('calendar.turnOff')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('calendar.renewNote')}
            </Text>
          </>
        ) : (
          <Group>
            <Button
              loading={renew.isPending || feed.isPending}
              onClick={() => renew.mutate()}
              data-testid="calendar-create"
            >
              {t('calendar.create')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
