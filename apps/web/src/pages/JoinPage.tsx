import { Alert, Anchor, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useRedeemInvitation } from '../modules/auth/hooks/useRedeemInvitation';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { PublicLayout } from './PublicLayout';

export function JoinPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const { mutate: redeem, data, error, isError } = useRedeemInvitation();
  // An effect may run twice for one visit (React's strict mode); the invitation is redeemed once.
  const redeemedToken = useRef<string | null>(null);

  useEffect(() => {
    if (!token || redeemedToken.current === token) return;
    redeemedToken.current = token;
    redeem(token);
  }, [redeem, token]);

  if (data) {
    // Replacing the entry drops the invitation token from the address bar and the history.
    const firstEventId = data.me.roles[0]?.eventId;
    return <Navigate to={firstEventId ? `/events/${firstEventId}` : '/'} replace />;
  }

  let failure: string | null = null;
  if (!token) failure = t('join.missingToken');
  else if (isError) failure = errorMessage(error);

  return (
    <PublicLayout>
      {failure === null ? (
        <Stack align="center" data-testid="join-pending">
          <PageLoader />
          {t('join.redeeming')}
        </Stack>
      ) : (
        <Alert color="red" variant="light" title={t('join.failedTitle')} data-testid="join-error">
          <Stack gap="xs" align="flex-start">
            {failure}
            <Anchor component={Link} to="/sign-in">
              {t('join.goToSignIn')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </PublicLayout>
  );
}
