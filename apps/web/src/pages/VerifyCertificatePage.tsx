import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchCertificateCheck } from '../modules/attendance/api/attendanceApi';
import { formatDateSpan } from '../modules/events/lib/time';
import { useDateFnsLocale } from '../modules/language/hooks/useDateFnsLocale';
import { useCountryName } from '../modules/sign-in/hooks/useCountryName';
import { useErrorMessage } from '../shared/api/useErrorMessage';
import { PageLoader } from '../shared/components/PageLoader';
import { PublicLayout } from './PublicLayout';

/** Where a certificate's QR code leads: whom it names, for what, and whether it still holds. */
export function VerifyCertificatePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const countryName = useCountryName();
  const errorMessage = useErrorMessage();
  const check = useQuery({
    queryKey: ['certificates', code],
    queryFn: ({ signal }) => fetchCertificateCheck(code, signal),
    retry: false,
  });

  let body;
  if (check.isPending) body = <PageLoader />;
  else if (check.isError)
    body = (
      <Alert color="red" variant="light" data-testid="verify-error">
        {errorMessage(check.error)}
      </Alert>
    );
  else {
    const { data } = check;
    body = (
      <Alert
        color={data.valid ? 'teal' : 'red'}
        variant="light"
        title={data.valid ? t('verify.valid') : t('verify.invalid')}
        data-testid="verify-result"
        data-valid={data.valid}
      >
        <Stack gap={4}>
          <Text fw={700}>
            {t('verify.issuedTo', { name: data.name, country: countryName(data.country) })}
          </Text>
          <Text>
            {t('verify.programme', {
              title: data.programme.title,
              dates: formatDateSpan(data.programme.startDate, data.programme.endDate, locale),
              venue: data.programme.venue,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('verify.issuedOn', {
              date: new Date(data.issuedAt).toLocaleDateString(locale.code),
            })}
            {' · '}
            {t('verify.code', { code: data.code })}
          </Text>
          {!data.valid && <Text size="sm">{t('verify.invalidWhy')}</Text>}
        </Stack>
      </Alert>
    );
  }

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('verify.title')}
        </Title>
        {body}
      </Stack>
    </PublicLayout>
  );
}
