import { localeSchema } from '@hadir/contracts';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageStore } from '../state/languageStore';
import { usePhone } from '../../../shared/hooks/usePhone';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguageStore((state) => state.language);
  const choose = useLanguageStore((state) => state.choose);
  // A phone has room for the languages' codes; their names stay for screen readers.
  const phone = usePhone();

  const handleChange = (value: string) => {
    const parsed = localeSchema.safeParse(value);
    if (parsed.success) choose(parsed.data);
  };

  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={handleChange}
      aria-label={t('language.label')}
      data-testid="language-switch"
      data={localeSchema.options.map((locale) => ({
        value: locale,
        label: phone ? (
          <span lang={locale} aria-label={t(`language.${locale}`)}>
            {locale.toUpperCase()}
          </span>
        ) : (
          <span lang={locale}>{t(`language.${locale}`)}</span>
        ),
      }))}
    />
  );
}
