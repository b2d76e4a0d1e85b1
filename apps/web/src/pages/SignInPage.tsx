import { type DemoPerson } from '@hadir/contracts';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRedeemInvitation } from '../modules/auth/hooks/useRedeemInvitation';
import { useAuthStore } from '../shared/state/authStore';
import { DemoPeopleList } from '../modules/sign-in/components/DemoPeopleList';
import { useDemoPeople } from '../modules/sign-in/hooks/useDemoPeople';
import { useMeta } from '../modules/sign-in/hooks/useMeta';
import { PageLoader } from '../shared/components/PageLoader';
import { PublicLayout } from './PublicLayout';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const meta = useMeta();
  const demoMode = meta.data?.demoMode === true;
  const demoPeople = useDemoPeople(demoMode);
  const redeem = useRedeemInvitation();
  const [selectedPersonId, setSelectedPersonId] = useState<string | null>(null);
  const signOutReason = useAuthStore((state) => state.signOutReason);

  const handleSelect = (person: DemoPerson) => {
    setSelectedPersonId(person.id);
    redeem.mutate(person.invitationToken, {
      onSuccess: () => {
        void navigate(demoPeople.data ? `/events/${demoPeople.data.eventId}` : '/');
      },
      onSettled: () => setSelectedPersonId(null),
    });
  };

  const handleRetry = () => {
    void meta.refetch();
    if (demoMode) void demoPeople.refetch();
  };

  let body;
  if (meta.isPending || (demoMode && demoPeople.isPending)) {
    body = <PageLoader />;
  } else if (meta.isError || demoPeople.isError) {
    body = <QueryErrorAlert error={meta.error ?? demoPeople.error} onRetry={handleRetry} />;
  } else if (demoMode && demoPeople.data) {
    body = (
      <Stack gap="md">
        <Alert
          color="yellow"
          variant="light"
          title={t('signIn.demoTitle')}
          data-testid="demo-notice"
        >
          {t('signIn.demoExplanation')}
        </Alert>
        {redeem.isError && <QueryErrorAlert error={redeem.error} />}
        <DemoPeopleList
          people={demoPeople.data.people}
          busyPersonId={selectedPersonId}
          onSelect={handleSelect}
        />
      </Stack>
    );
  } else {
    body = (
      <Paper withBorder p="lg" radius="md" data-testid="invitation-only">
        <Text>{t('signIn.invitationOnly')}</Text>
      </Paper>
    );
  }

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('signIn.title')}
        </Title>
        {signOutReason === 'invitation_revoked' && (
          <Alert
            color="red"
            variant="light"
            title={t('signIn.withdrawnTitle')}
            role="alert"
            data-testid="access-revoked"
          >
            {t('signIn.withdrawn')}
          </Alert>
        )}
        {body}
      </Stack>
    </PublicLayout>
  );
}
