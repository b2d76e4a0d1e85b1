import { Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { DisplayedPlan } from '../modules/action-plans/components/DisplayedPlan';
import { DisplayedNotes } from '../modules/breakouts/components/DisplayedNotes';
import { LazyDisplayStage } from '../modules/media/components/LazyMedia';
import { useMe } from '../modules/auth/hooks/useMe';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { usePresenceMode } from '../modules/session/hooks/usePresenceMode';
import { useSessionLive } from '../modules/session/hooks/useSessionLive';
import { orderQuestions } from '../modules/qna/lib/orderQuestions';
import { useSessionPresence } from '../modules/session/hooks/useSessionPresence';
import { QrCodeImage } from '../shared/components/QrCodeImage';
import { PollResultsChart } from '../modules/polls/components/PollResultsChart';
import { ReactionBar } from '../modules/chat/components/ReactionBar';

const ON_DISPLAY = 3;

/**
 * The hall's projector: the question being answered, the most voted ones, and a QR code that
 * opens the session on an attendee's phone. Nothing on it needs a click.
 */
export function RoomDisplayPage() {
  const { eventId = '', sessionId = '' } = useParams();
  const { t } = useTranslation();
  const agenda = useEventAgenda(eventId);
  const [mode] = usePresenceMode();
  const presence = useSessionPresence(sessionId, mode);
  const { state } = useSessionLive(sessionId, presence);
  const me = useMe().data?.id;
  const session = agenda.data?.sessions.find((s) => s.id === sessionId);
  const questions = state?.questions ?? [];
  const current = questions.find((q) => q.status === 'live');
  const top = orderQuestions(
    questions.filter((q) => q.status === 'approved'),
    'top',
  ).slice(0, ON_DISPLAY);
  // The poll staff put here, else the one running now, else the last one closed; its results
  // only where the hall may see them.
  const polls = state?.polls ?? [];
  const running =
    polls.find((p) => p.onDisplay && p.status !== 'draft') ??
    polls.filter((p) => p.status === 'open').at(-1) ??
    polls.filter((p) => p.status === 'closed').at(-1);
  // Signed in as staff, the projector knows a quiz's answer; the hall learns it at the close.
  const poll = running && {
    ...running,
    correctOptionId: running.status === 'closed' ? running.correctOptionId : null,
  };
  const pollResults =
    poll &&
    (poll.resultsVisibility === 'live' ||
      (poll.resultsVisibility === 'after_close' && poll.status === 'closed'))
      ? state?.results.find((results) => results.pollId === poll.id)
      : undefined;
  const sessionUrl = `${window.location.origin}/events/${eventId}/sessions/${sessionId}`;

  return (
    <Box p="xl" mih="100vh" data-testid="room-display">
      <Group justify="space-between" align="flex-start" mb="xl">
        <Title order={1} fz={40}>
          {session?.title ?? ''}
        </Title>
        <Group gap="xs">
          <ConnectionStatusBadge />
          <LanguageSwitch />
        </Group>
      </Group>
      {/* Across the whole screen: a remote speaker is what the hall looks at. */}
      <Box mb="xl">
        <LazyDisplayStage spaceId={sessionId} personId={me} />
      </Box>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
        <Stack gap="lg" style={{ gridColumn: 'span 2' }}>
          <DisplayedPlan
            sessionId={sessionId}
            joins={presence.state === 'joined' ? presence.joins : 0}
            eventTitle={agenda.data?.event.title ?? ''}
          />
          <DisplayedNotes
            sessionId={sessionId}
            joins={presence.state === 'joined' ? presence.joins : 0}
          />
          <Paper withBorder p="xl" radius="md" data-testid="display-live">
            <Text fz="xl" fw={700} c="red" tt="uppercase">
              {t('display.answering')}
            </Text>
            {current ? (
              <Stack gap="sm" mt="md">
                <Text fz={44} fw={600} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
                  {current.text}
                </Text>
                <Text fz="xl" c="dimmed" data-testid="display-live-author">
                  {/* The projector is signed in as staff, who may see who asked anonymously: the
                      hall may not. */}
                  {current.anonymous || !current.author
                    ? t('qna.card.anonymous')
                    : current.author.name}{' '}
                  · {t('display.votes', { count: current.votes })}
                </Text>
              </Stack>
            ) : (
              <Text fz={32} c="dimmed" mt="md">
                {t('display.noneLive')}
              </Text>
            )}
          </Paper>
          {poll && pollResults && (
            <Paper withBorder p="xl" radius="md" data-testid="display-poll">
              <Text fz={30} fw={600} mb="md">
                {poll.question}
              </Text>
              <PollResultsChart poll={poll} results={pollResults} large />
            </Paper>
          )}
          {top.length > 0 && (
            <Stack gap="sm">
              <Text fz="xl" fw={700}>
                {t('display.mostVoted')}
              </Text>
              {top.map((question) => (
                <Group key={question.id} wrap="nowrap" gap="lg" data-testid="display-question">
                  <Text fz={32} fw={700} miw={60} ta="right">
                    {question.votes}
                  </Text>
                  <Text fz={26} style={{ overflowWrap: 'anywhere' }}>
                    {question.text}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
        <Stack align="center" gap="sm">
          <ReactionBar sessionId={sessionId} large />
          <QrCodeImage value={sessionUrl} size="min(28vw, 360px)" alt={t('display.qrAlt')} />
          <Text fz="xl" ta="center" fw={600}>
            {t('display.scan')}
          </Text>
        </Stack>
      </SimpleGrid>
    </Box>
  );
}
