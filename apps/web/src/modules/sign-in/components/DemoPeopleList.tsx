import { type DemoPerson } from '@hadir/contracts';
import { SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../hooks/useCountryName';
import { filterPeople, groupByRole } from '../lib/demoPeople';
import { DemoPersonCard } from './DemoPersonCard';

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export interface DemoPeopleListProps {
  people: readonly DemoPerson[];
  /** The person being signed in, while that is under way. */
  busyPersonId: string | null;
  onSelect: (person: DemoPerson) => void;
}

export function DemoPeopleList({ people, busyPersonId, onSelect }: DemoPeopleListProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const [query, setQuery] = useState('');

  const groups = useMemo(() => {
    const searchNames = (code: string) => [countryName(code), englishRegionNames.of(code) ?? ''];
    return groupByRole(filterPeople(people, query, searchNames));
  }, [countryName, people, query]);

  return (
    <Stack gap="lg">
      <TextInput
        type="search"
        label={t('signIn.searchLabel')}
        placeholder={t('signIn.searchPlaceholder')}
        value={query}
        onChange={(changeEvent) => setQuery(changeEvent.currentTarget.value)}
        data-testid="demo-people-search"
      />
      {groups.length === 0 && <Text c="dimmed">{t('signIn.noMatches', { query })}</Text>}
      {groups.map((group) => (
        <Stack
          key={group.role}
          gap="xs"
          component="section"
          data-testid={`demo-group-${group.role}`}
        >
          <Title order={2} size="h4">
            {t(`signIn.groups.${group.role}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {group.people.map((person) => (
              <DemoPersonCard
                key={person.id}
                person={person}
                countryName={countryName(person.country)}
                busy={busyPersonId === person.id}
                disabled={busyPersonId !== null}
                onSelect={onSelect}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
