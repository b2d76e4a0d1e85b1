import { Alert, Anchor, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { type SessionPresence } from '../hooks/useSessionPresence';

/** Whether a session's staff page has nothing to show this viewer: not staff, or not joined. */
export function shutOut(presence: SessionPresence): boolean {
  return presence.state === 'failed' || (presence.state === 'joined' && !presence.staff);
}

/** What a session's staff page shows instead, when `shutOut`: why, and the way back. */
export function StaffOnlyNotice({
  presence,
  refusal,
  testId,
  sessionPath,
}: {
  presence: SessionPresence;
  refusal: string;
  testId: string;
  sessionPath: string;
}) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      {presence.state === 'failed' ? (
        <QueryErrorAlert error={presence.error} />
      ) : (
        <Alert color="orange" variant="light" data-testid={testId}>
          <Stack gap="xs" align="flex-start">
            {refusal}
            <Anchor component={Link} to={sessionPath}>
              {t('console.backToSession')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Container>
  );
}
