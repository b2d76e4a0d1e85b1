import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../hooks/useMe';
import { useSignOut } from '../hooks/useSignOut';

export function SignedInPerson() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const handleSignOut = useSignOut();
  return (
    <Group gap="xs" wrap="nowrap">
      {me && (
        <Anchor
          component={Link}
          to="/profile"
          size="sm"
          title={t('profile.linkTitle')}
          data-testid="signed-in-person"
        >
          {t('event.signedInAs', { name: me.name })}
        </Anchor>
      )}
      <Button variant="default" size="xs" onClick={handleSignOut} data-testid="sign-out">
        {t('event.signOut')}
      </Button>
    </Group>
  );
}
