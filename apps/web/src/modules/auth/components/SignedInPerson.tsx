import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../hooks/useMe';
import { useSignOut } from '../hooks/useSignOut';
import { usePhone } from '../../../shared/hooks/usePhone';

export function SignedInPerson() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const handleSignOut = useSignOut();
  const phone = usePhone();
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
          {phone ? me.name : t('event.signedInAs', { name: me.name })}
        </Anchor>
      )}
      <Button variant="default" size="xs" onClick={handleSignOut} data-testid="sign-out">
        {t('event.signOut')}
      </Button>
    </Group>
  );
}
