import { attendanceRuleSchema } from '@hadir/contracts';
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { setAttendanceRule } from '../api/attendanceApi';

/** The organisers' certificate rule: the share of the sessions' time that earns a certificate. */
export function CertificateRuleForm({ eventId, percent }: { eventId: string; percent: number }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const [value, setValue] = useState<number | string>(percent);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (certificatePercent: number) => setAttendanceRule(eventId, { certificatePercent }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.eventAttendance(eventId) }),
    onError: (thrown) => setError(errorMessage(thrown)),
  });
  const submit = () => {
    const parsed = attendanceRuleSchema.safeParse({ certificatePercent: value });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setError(null);
    save.mutate(parsed.data.certificatePercent);
  };
  return (
    <Group align="flex-end" gap="xs">
      <NumberInput
        label={t('ledger.rule.label')}
        description={t('ledger.rule.hint')}
        value={value}
        onChange={setValue}
        min={1}
        max={100}
        suffix="%"
        w={260}
        error={error}
        data-testid="certificate-rule"
      />
      <Button
        variant="light"
        onClick={submit}
        loading={save.isPending}
        disabled={value === percent}
        data-testid="certificate-rule-save"
      >
        {t('ledger.rule.save')}
      </Button>
      {save.isSuccess && value === percent && (
        <Text size="sm" c="green" role="status">
          {t('ledger.rule.saved')}
        </Text>
      )}
    </Group>
  );
}
