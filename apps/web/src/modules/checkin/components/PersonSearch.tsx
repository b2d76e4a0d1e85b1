import { type CheckInRoster } from '@hadir/contracts';
import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../sign-in/hooks/useCountryName';

const SHOWN_MATCHES = 20;

export interface PersonSearchProps {
  roster: CheckInRoster | null;
  disabled: boolean;
  onCheckIn: (personId: string) => void;
}

/** For whoever forgot their badge: found by name, country or organisation. */
export function PersonSearch({ roster, disabled, onCheckIn }: PersonSearchProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const [query, setQuery] = useState('');

  const matches = useMemo(() => {
    const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (!roster || words.length === 0) return [];
    return roster.people
      .filter((person) => {
        const text = [person.name, person.organisation, person.country, countryName(person.country)]
          .join(' ')
          .toLocaleLowerCase();
        return words.every((word) => text.includes(word));
      })
      .slice(0, SHOWN_MATCHES);
  }, [roster, query, countryName]);

  if (!roster) {
    return (
      <Alert color="yellow" variant="light">
        {t('checkIn.noRoster')}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <TextInput
        label={t('checkIn.search.label')}
        placeholder={t('checkIn.search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        size="md"
        data-testid="checkin-search"
      />
      {query.trim() !== '' && matches.length === 0 && (
        <Text c="dimmed">{t('checkIn.search.noMatches', { query: query.trim() })}</Text>
      )}
      {matches.map((person) => (
        <Paper key={person.id} withBorder p="sm" data-testid="checkin-match">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{person.name}</Text>
              <Text size="sm" c="dimmed">
                {[countryName(person.country), person.organisation].filter(Boolean).join(' · ')}
              </Text>
            </div>
            <Button
              style={{ flexShrink: 0 }}
              onClick={() => onCheckIn(person.id)}
              disabled={disabled}
              aria-label={t('checkIn.search.checkInPerson', { name: person.name })}
            >
              {t('checkIn.search.checkIn')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
