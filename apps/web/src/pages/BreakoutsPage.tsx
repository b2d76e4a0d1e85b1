import { Alert, Button, Container, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AssignmentBoard } from '../modules/breakouts/components/AssignmentBoard';
import { BreakoutRoomView } from '../modules/breakouts/components/BreakoutRoomView';
import { RoomsOverview } from '../modules/breakouts/components/RoomsOverview';
import { RunControls } from '../modules/breakouts/components/RunControls';
import { SetEditor } from '../modules/breakouts/components/SetEditor';
import { useBreakouts } from '../modules/breakouts/hooks/useBreakouts';
import { peopleById, runningSet } from '../modules/breakouts/lib/breakouts';
import { useEventAgenda } from '../modules/events/hooks/useEventAgenda';
import { ConnectionStatusBadge } from '../modules/live/components/ConnectionStatusBadge';
import { LanguageSwitch } from '../modules/language/components/LanguageSwitch';
import { useLiveWatch } from '../modules/live/hooks/useLiveWatch';
import { useMe } from '../modules/auth/hooks/useMe';
import { usePresenceMode } from '../modules/session/hooks/usePresenceMode';
import { shutOut, StaffOnlyNotice } from '../modules/session/components/StaffOnlyNotice';
import { useSessionPresence } from '../modules/session/hooks/useSessionPresence';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

const NEW_SET = 'new';

/** Staff's breakouts of one session: prepare sets, share people out, run the rooms, drop in. */
export function BreakoutsPage() {
  const { eventId = '', sessionId = '' } = useParams();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const agenda = useEventAgenda(eventId);
  const [mode] = usePresenceMode();
  const presence = useSessionPresence(sessionId, mode);
  const breakouts = useBreakouts(sessionId, presence.state === 'joined' ? presence.joins : 0);
  const me = useMe().data?.id;
  const [chosenId, setChosenId] = useState<string | null>(null);
  // A set's id, or NEW_SET while a new one is prepared.
  const [editing, setEditing] = useState<string | null>(null);
  const [visiting, setVisiting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { state, actions, offsetMs } = breakouts;
  const running = runningSet(state);
  const set = state?.sets.find((s) => s.id === chosenId) ?? running ?? state?.sets.at(-1) ?? null;
  const activity = useLiveWatch(
    'breakout:activity.watch',
    { setId: set?.id ?? '' },
    'breakout:activity',
    Boolean(set && set.status !== 'draft'),
  ).value;

  if (shutOut(presence)) {
    return (
      <StaffOnlyNotice
        presence={presence}
        refusal={t('breakouts.refused')}
        testId="breakouts-refused"
        sessionPath={`/events/${eventId}/sessions/${sessionId}`}
      />
    );
  }
  if (!state) {
    return breakouts.error ? (
      <Container size="sm" py="xl">
        <QueryErrorAlert error={breakouts.error} />
      </Container>
    ) : (
      <PageLoader />
    );
  }
  const people = peopleById(state.people);
  const session = agenda.data?.sessions.find((s) => s.id === sessionId);
  const visitedRoom = set?.rooms.find((room) => room.id === visiting);
  const attempt = (action: Promise<unknown>) =>
    void action.catch((thrown: unknown) => setError(errorMessage(thrown)));

  return (
    <Container fluid py="md" data-testid="breakouts-page">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1} size="h3">
              {t('breakouts.title')}
            </Title>
            <Text c="dimmed">{session?.title}</Text>
          </div>
          <Group gap="xs">
            <ConnectionStatusBadge />
            <LanguageSwitch />
            <Button
              component={Link}
              to={`/events/${eventId}/sessions/${sessionId}/console`}
              variant="subtle"
            >
              {t('console.link')}
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
        {error && (
          <Alert color="red" variant="light" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        {set && visitedRoom ? (
          <BreakoutRoomView
            key={visitedRoom.id}
            set={set}
            room={visitedRoom}
            people={people}
            myId={me}
            mode="remote"
            staff
            offsetMs={offsetMs}
            broadcast={null}
            onDismissBroadcast={() => undefined}
            actions={actions}
            onLeave={() => setVisiting(null)}
          />
        ) : (
          <>
            <Paper withBorder p="sm">
              <Group>
                {state.sets.length > 0 && (
                  <Select
                    aria-label={t('breakouts.chooseSet')}
                    data={state.sets.map((s) => ({
                      value: s.id,
                      label: `${s.name} · ${t(`breakouts.status.${s.status}`)}`,
                    }))}
                    value={set?.id ?? null}
                    allowDeselect={false}
                    onChange={(id) => {
                      setChosenId(id);
                      setEditing(null);
                    }}
                    w={320}
                    data-testid="breakout-set-select"
                  />
                )}
                <Button
                  variant="light"
                  onClick={() => setEditing(NEW_SET)}
                  data-testid="breakout-new-set"
                >
                  {t('breakouts.newSet')}
                </Button>
                {set?.status === 'draft' && (
                  <Button variant="default" onClick={() => setEditing(set.id)}>
                    {t('breakouts.editSet')}
                  </Button>
                )}
                {set && (set.status === 'draft' || set.status === 'closed') && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => attempt(actions.remove(set.id).then(() => setChosenId(null)))}
                  >
                    {t('breakouts.deleteSet')}
                  </Button>
                )}
              </Group>
            </Paper>
            {editing !== null && (
              <SetEditor
                key={editing}
                set={
                  editing === NEW_SET ? null : (state.sets.find((s) => s.id === editing) ?? null)
                }
                people={state.people}
                actions={actions}
                onDone={(id) => {
                  setChosenId(id);
                  setEditing(null);
                }}
              />
            )}
            {!set && editing === null && <Text c="dimmed">{t('breakouts.none')}</Text>}
            {set && (
              <>
                <RunControls set={set} offsetMs={offsetMs} actions={actions} />
                {set.status !== 'draft' && (
                  <RoomsOverview
                    set={set}
                    activity={activity?.setId === set.id ? activity : null}
                    people={people}
                    onVisit={setVisiting}
                    onAnswerHelp={(roomId) => attempt(actions.help(roomId, false))}
                    onShowNotes={(roomId) => attempt(actions.showNotes(set.id, roomId))}
                  />
                )}
                <AssignmentBoard
                  set={set}
                  otherSets={state.sets.filter((s) => s.id !== set.id)}
                  people={state.people}
                  actions={actions}
                />
              </>
            )}
          </>
        )}
      </Stack>
    </Container>
  );
}
