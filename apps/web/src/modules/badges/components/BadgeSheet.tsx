import {
  attendanceModeSchema,
  type Badge,
  type EventSummary,
  ROLES,
  roleSchema,
} from '@hadir/contracts';
import { Button, Container, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import printClasses from '../../../shared/styles/print.module.css';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { BADGES_PER_PAGE, type BadgeFilter, filterBadges, toPages } from '../lib/badgeSheet';
import { BadgeCard } from './BadgeCard';
import classes from './BadgeSheet.module.css';

export interface BadgeSheetProps {
  event: EventSummary;
  badges: readonly Badge[];
}

const ALL = 'all';

/** Name badges laid out on A4 pages, ready for the browser's print dialogue. */
export function BadgeSheet({ event, badges }: BadgeSheetProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const [filter, setFilter] = useState<BadgeFilter>({ role: null, mode: null });
  const pages = useMemo(
    () => toPages(filterBadges(badges, filter), BADGES_PER_PAGE),
    [badges, filter],
  );
  const count = pages.reduce((sum, page) => sum + page.length, 0);

  const handleRoleChange = (value: string | null) => {
    const parsed = roleSchema.safeParse(value);
    setFilter((current) => ({ ...current, role: parsed.success ? parsed.data : null }));
  };
  const handleModeChange = (value: string | null) => {
    const parsed = attendanceModeSchema.safeParse(value);
    setFilter((current) => ({ ...current, mode: parsed.success ? parsed.data : null }));
  };
  const handlePrint = () => window.print();

  return (
    <>
      <Container size="xl" className={printClasses.screenOnly}>
        <Group justify="space-between" align="flex-end" py="md">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {t('badges.title')}
            </Title>
            <Text size="sm" c="dimmed" data-testid="badge-count">
              {t('badges.count', { count, pages: pages.length })}
            </Text>
          </Stack>
          <Group align="flex-end">
            <Select
              label={t('badges.filterRole')}
              data={[
                { value: ALL, label: t('badges.everyone') },
                ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
              ]}
              value={filter.role ?? ALL}
              onChange={handleRoleChange}
              allowDeselect={false}
              w={180}
              data-testid="badge-filter-role"
            />
            <Select
              label={t('badges.filterMode')}
              data={[
                { value: ALL, label: t('badges.everyone') },
                ...attendanceModeSchema.options.map((mode) => ({
                  value: mode,
                  label: t(`attendance.${mode}`),
                })),
              ]}
              value={filter.mode ?? ALL}
              onChange={handleModeChange}
              allowDeselect={false}
              w={180}
              data-testid="badge-filter-mode"
            />
            <Button onClick={handlePrint} disabled={count === 0} data-testid="badge-print">
              {t('badges.print')}
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed" pb="sm">
          {t('badges.printHint')}
        </Text>
      </Container>
      {count === 0 ? (
        <Container size="xl">
          <Text c="dimmed">{t('badges.none')}</Text>
        </Container>
      ) : (
        <div className={classes.sheet} data-testid="badge-sheet">
          {pages.map((page) => (
            <section key={page[0].personId} className={classes.page} data-testid="badge-page">
              {page.map((badge) => (
                <BadgeCard
                  key={badge.personId}
                  badge={badge}
                  eventTitle={event.title}
                  countryName={countryName(badge.country)}
                />
              ))}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
