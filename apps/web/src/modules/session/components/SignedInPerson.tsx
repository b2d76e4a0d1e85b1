import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../hooks/useMe';
import { useSignOut } from '../hooks/useSignOut';

export function SignedInPerson() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const handleSignOut = useSignOut();
  return (
    <Group gap="xs" wrap="nowrap">
      {me && (
        <Text size="sm" data-testid="signed-in-person">
          {t('event.signedInAs', { name: me.name })}
        </Text>
      )}
      <Button variant="default" size="xs" onClick={handleSignOut} data-testid="sign-out">
        {t('event.signOut')}
      </Button>
    </Group>
  );
}
