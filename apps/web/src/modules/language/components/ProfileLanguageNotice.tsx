import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import printClasses from '../../../shared/styles/print.module.css';
import { useLanguageStore } from '../state/languageStore';

/**
 * Says so when the app switched to the language of the signed-in person's profile, in the
 * language the reader had before, with the way back: someone signing in on a shared or demo
 * device may not read the profile's language.
 */
export function ProfileLanguageNotice() {
  const { t, i18n } = useTranslation();
  const { language, adoptedOver, choose, keepAdopted } = useLanguageStore();
  if (adoptedOver === null) return null;
  const before = i18n.getFixedT(adoptedOver);
  return (
    <Alert
      variant="light"
      color="blue"
      mt="sm"
      className={printClasses.screenOnly}
      data-testid="profile-language-notice"
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm" lang={adoptedOver}>
          {before('language.adopted', { language: before(`language.${language}`) })}
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" onClick={() => choose(adoptedOver)} lang={adoptedOver}>
            {before('language.backTo', { language: before(`language.${adoptedOver}`) })}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={keepAdopted} lang={language}>
            {t('language.keep', { language: t(`language.${language}`) })}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
