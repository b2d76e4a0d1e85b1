import {
  type CreateCorrectionBody,
  createCorrectionBodySchema,
  type SessionAttendanceWire,
} from '@hadir/contracts';
import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { createCorrection, fetchCorrections, withdrawCorrection } from '../api/attendanceApi';
import { useDuration } from '../hooks/useDuration';
import { ModeBadge } from './ModeBadge';

export interface CorrectionTarget {
  person: { id: string; name: string };
  session: { id: string; title: string; startsAt: string; endsAt: string };
  entry: SessionAttendanceWire | undefined;
}

/** HH:mm of an instant in the viewer's zone, for a time field. */
const clock = (iso: string) => {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
};
/** The instant on the session's start date at the given HH:mm in the viewer's zone. */
const instantAt = (sessionStart: string, time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  const date = new Date(sessionStart);
  date.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  return date.toISOString();
};

/**
 * An organiser corrects one person's record for one session: present (in the hall or remote, for
 * the whole session or part of it) or absent, always with a reason. Earlier corrections are
 * listed, each with who made it and why, and can be withdrawn; the records stay as they were.
 */
export function CorrectionDialog({
  eventId,
  target,
  onClose,
}: {
  eventId: string;
  target: CorrectionTarget;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const duration = useDuration();
  const client = useQueryClient();
  const { person, session, entry } = target;
  const [kind, setKind] = useState<'present' | 'absent'>('present');
  const [mode, setMode] = useState<'in_person' | 'remote'>('in_person');
  const [from, setFrom] = useState(clock(session.startsAt));
  const [to, setTo] = useState(clock(session.endsAt));
  const [reason, setReason] = useState('');
  const [id, setId] = useState(newId);
  const [withdrawing, setWithdrawing] = useState<{ id: string; reason: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const history = useQuery({
    queryKey: queryKeys.corrections(eventId, person.id, session.id),
    queryFn: ({ signal }) =>
      fetchCorrections(eventId, { personId: person.id, sessionId: session.id }, signal),
  });
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.corrections(eventId, person.id, session.id) }),
      client.invalidateQueries({ queryKey: queryKeys.eventAttendance(eventId) }),
    ]);
  const save = useMutation({
    mutationFn: (body: CreateCorrectionBody) => createCorrection(eventId, body),
    onSuccess: async () => {
      setReason('');
      setId(newId());
      await refresh();
    },
    onError: (thrown) => setError(errorMessage(thrown)),
  });
  const withdraw = useMutation({
    mutationFn: (input: { id: string; reason: string }) =>
      withdrawCorrection(eventId, input.id, input.reason),
    onSuccess: async () => {
      setWithdrawing(null);
      await refresh();
    },
    onError: (thrown) => setError(errorMessage(thrown)),
  });

  const submit = () => {
    const parsed = createCorrectionBodySchema.safeParse({
      id,
      personId: person.id,
      sessionId: session.id,
      kind,
      mode: kind === 'present' ? mode : null,
      from: kind === 'present' ? instantAt(session.startsAt, from) : null,
      to: kind === 'present' ? instantAt(session.startsAt, to) : null,
      reason,
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setError(null);
    save.mutate(parsed.data);
  };
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('ledger.correct.title', { name: person.name })}
      size="lg"
    >
      <Stack gap="sm" data-testid="correction-dialog">
        <Text fw={600}>{session.title}</Text>
        <Group gap="xs">
          <Text size="sm">
            {t('ledger.correct.now', {
              time: duration(entry?.minutes ?? 0),
              percent: entry?.percent ?? 0,
            })}
          </Text>
          <ModeBadge mode={entry?.mode ?? null} />
        </Group>
        {(history.data?.corrections ?? []).map((correction) => (
          <Paper
            key={correction.id}
            withBorder
            p="xs"
            data-testid="correction"
            data-in-force={correction.inForce}
          >
            <Group justify="space-between" align="flex-start">
              <div>
                <Text size="sm" fw={500}>
                  {correction.kind === 'absent'
                    ? t('ledger.correct.wasAbsent')
                    : t(`ledger.correct.wasPresent.${correction.mode ?? 'in_person'}`, {
                        from: correction.from ? clock(correction.from) : clock(session.startsAt),
                        to: correction.to ? clock(correction.to) : clock(session.endsAt),
                      })}
                </Text>
                <Text size="sm">“{correction.reason}”</Text>
                <Text size="xs" c="dimmed">
                  {t('ledger.correct.by', {
                    name: correction.made.name,
                    time: time(correction.made.at),
                  })}
                </Text>
                {correction.withdrawn && (
                  <Text size="xs" c="dimmed">
                    {t('ledger.correct.withdrawnBy', {
                      name: correction.withdrawn.name,
                      time: time(correction.withdrawn.at),
                      reason: correction.withdrawn.reason,
                    })}
                  </Text>
                )}
              </div>
              {correction.inForce ? (
                <Badge color="blue">{t('ledger.correct.inForce')}</Badge>
              ) : correction.withdrawn ? (
                <Badge color="gray">{t('ledger.correct.withdrawn')}</Badge>
              ) : (
                <Badge color="gray" variant="light">
                  {t('ledger.correct.replaced')}
                </Badge>
              )}
            </Group>
            {!correction.withdrawn &&
              (withdrawing?.id === correction.id ? (
                <Group gap="xs" mt="xs" align="flex-end">
                  <TextInput
                    style={{ flex: 1 }}
                    size="xs"
                    label={t('ledger.correct.withdrawWhy')}
                    value={withdrawing.reason}
                    onChange={(event) =>
                      setWithdrawing({ id: correction.id, reason: event.currentTarget.value })
                    }
                  />
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    loading={withdraw.isPending}
                    onClick={() => withdraw.mutate(withdrawing)}
                  >
                    {t('ledger.correct.withdraw')}
                  </Button>
                </Group>
              ) : (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  mt={4}
                  onClick={() => setWithdrawing({ id: correction.id, reason: '' })}
                >
                  {t('ledger.correct.withdraw')}
                </Button>
              ))}
          </Paper>
        ))}
        <SegmentedControl
          value={kind}
          onChange={(value) => setKind(value === 'absent' ? 'absent' : 'present')}
          data={[
            { value: 'present', label: t('ledger.correct.present') },
            { value: 'absent', label: t('ledger.correct.absent') },
          ]}
        />
        {kind === 'present' && (
          <Group align="flex-end">
            <SegmentedControl
              value={mode}
              onChange={(value) => setMode(value === 'remote' ? 'remote' : 'in_person')}
              data={[
                { value: 'in_person', label: t('ledger.mode.in_person') },
                { value: 'remote', label: t('ledger.mode.remote') },
              ]}
            />
            <TextInput
              type="time"
              label={t('ledger.correct.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              w={150}
              data-testid="correction-from"
            />
            <TextInput
              type="time"
              label={t('ledger.correct.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              w={150}
              data-testid="correction-to"
            />
          </Group>
        )}
        <Textarea
          label={t('ledger.correct.reason')}
          description={t('ledger.correct.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
          data-testid="correction-reason"
        />
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="correction-save">
            {t('ledger.correct.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
