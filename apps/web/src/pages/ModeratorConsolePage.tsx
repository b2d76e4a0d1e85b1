import { type QnaSettings } from '@hadir/contracts';
import {
  Alert,
  Badge,
  Button,
  Container,
  Grid,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BreakoutHelpAlert } from '../modules/breakouts/components/BreakoutHelpAlert';
import { useBreakouts } from '../modules/breakouts/hooks/useBreakouts';
import { runningSet } from '../modules/breakouts/lib/breakouts';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { MicrophonesPanel } from '../modules/media/components/MicrophonesPanel';
import { StagePanel } from '../modules/media/components/StagePanel';
import { useStage } from '../modules/media/hooks/useStage';
import { ChatPanel } from '../modules/chat/components/ChatPanel';
import { HandQueuePanel } from '../modules/hands/components/HandQueuePanel';
import { PollControls } from '../modules/polls/components/PollControls';
import { PresencePanel } from '../modules/session/components/PresencePanel';
import { QuestionCard } from '../modules/qna/components/QuestionCard';
import { usePresenceMode } from '../modules/session/hooks/usePresenceMode';
import { useSessionActions } from '../modules/session/hooks/useSessionActions';
import { useSessionLive } from '../modules/session/hooks/useSessionLive';
import { downloadFile } from '../shared/lib/downloadFile';
import { orderQuestions } from '../modules/qna/lib/orderQuestions';
import { useMe } from '../modules/auth/hooks/useMe';
import { shutOut, StaffOnlyNotice } from '../modules/session/components/StaffOnlyNotice';
import { useSessionPresence } from '../modules/session/hooks/useSessionPresence';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';

/** One screen for the moderator: questions waiting and on the board, hands, who is here. */
export function ModeratorConsolePage() {
  const { eventId = '', sessionId = '' } = useParams();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const agenda = useEventAgenda(eventId);
  const [mode] = usePresenceMode();
  const presence = useSessionPresence(sessionId, mode);
  const live = useSessionLive(sessionId, presence);
  const actions = useSessionActions(live.socket, sessionId, live.apply);
  const stage = useStage(sessionId);
  const breakouts = useBreakouts(sessionId, presence.state === 'joined' ? presence.joins : 0);
  const [error, setError] = useState<string | null>(null);
  const me = useMe().data?.id;

  if (shutOut(presence)) {
    return (
      <StaffOnlyNotice
        presence={presence}
        refusal={t('console.refused')}
        testId="console-refused"
        sessionPath={`/events/${eventId}/sessions/${sessionId}`}
      />
    );
  }
  const { state } = live;
  if (!state) return <PageLoader />;

  const session = agenda.data?.sessions.find((s) => s.id === sessionId);
  const waiting = state.questions
    .filter((q) => q.status === 'pending')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const board = orderQuestions(
    state.questions.filter((q) => ['approved', 'live', 'answered'].includes(q.status)),
    'top',
  );
  const dismissed = state.questions.filter((q) => q.status === 'dismissed');
  const card = (question: (typeof state.questions)[number]) => (
    <QuestionCard
      key={question.id}
      question={question}
      actions={actions}
      mine={state.myQuestionIds.includes(question.id)}
      votedByMe={state.myVotes.includes(question.id)}
      staff
    />
  );
  const setSettings = (settings: QnaSettings) =>
    void actions
      .updateSettings(settings)
      .catch((thrown: unknown) => setError(errorMessage(thrown)));
  const exportQuestions = () =>
    void downloadFile(
      `/events/${eventId}/sessions/${sessionId}/questions.csv`,
      'questions.csv',
    ).catch((thrown: unknown) => setError(errorMessage(thrown)));

  return (
    <Container fluid py="md" data-testid="console">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1} size="h3">
              {t('console.title')}
            </Title>
            <Text c="dimmed">{session?.title}</Text>
          </div>
          <Group gap="xs">
            {state.presence && (
              <Badge
                size="lg"
                variant="light"
                data-testid="console-presence"
                data-in-person={state.presence.inPerson}
                data-remote={state.presence.remote}
              >
                {t('presence.counts', {
                  inPerson: state.presence.inPerson,
                  remote: state.presence.remote,
                })}
              </Badge>
            )}
            <ConnectionStatusBadge />
            <LanguageSwitch />
            <Button
              component={Link}
              to={`/events/${eventId}/sessions/${sessionId}/display`}
              variant="subtle"
            >
              {t('display.link')}
            </Button>
            <Button
              component={Link}
              to={`/events/${eventId}/sessions/${sessionId}/breakouts`}
              variant="subtle"
              data-testid="console-breakouts"
            >
              {t('breakouts.manage')}
            </Button>
            <Button variant="light" onClick={exportQuestions}>
              {t('console.export')}
            </Button>
            <Button
              component={Link}
              to={`/events/${eventId}/sessions/${sessionId}`}
              variant="subtle"
            >
              {t('console.backToSession')}
            </Button>
          </Group>
        </Group>
        <BreakoutHelpAlert set={runningSet(breakouts.state)} eventId={eventId} />
        <Paper withBorder p="sm">
          <Group>
            <Switch
              label={t('console.moderated')}
              checked={state.settings.moderated}
              onChange={(event) =>
                setSettings({ ...state.settings, moderated: event.currentTarget.checked })
              }
              data-testid="console-moderated"
            />
            <Switch
              label={t('console.revealAnonymous')}
              checked={state.settings.revealAnonymousToStaff}
              onChange={(event) =>
                setSettings({
                  ...state.settings,
                  revealAnonymousToStaff: event.currentTarget.checked,
                })
              }
            />
          </Group>
        </Paper>
        {error && (
          <Alert color="red" variant="light" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Stack gap="xs" data-testid="console-waiting">
                <Title order={2} size="h4">
                  {t('console.waiting', { count: waiting.length })}
                </Title>
                {waiting.length === 0 && <Text c="dimmed">{t('console.noneWaiting')}</Text>}
                {waiting.map(card)}
              </Stack>
              <HandQueuePanel hands={state.hands} actions={actions} onInvite={stage.invite} />
              <StagePanel stage={stage.stage} onRemove={stage.remove} />
              <MicrophonesPanel spaceId={sessionId} />
              {state.presence && <PresencePanel presence={state.presence} />}
              <ChatPanel state={state} actions={actions} myId={me} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="xs" data-testid="console-board">
              <Title order={2} size="h4">
                {t('console.board', { count: board.length })}
              </Title>
              {board.length === 0 && <Text c="dimmed">{t('qna.empty')}</Text>}
              {board.map(card)}
              {dismissed.length > 0 && (
                <>
                  <Title order={3} size="h5" mt="md">
                    {t('console.dismissed', { count: dismissed.length })}
                  </Title>
                  {dismissed.map(card)}
                </>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <PollControls state={state} actions={actions} eventId={eventId} />
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
